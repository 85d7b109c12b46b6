#!/bin/sh
# Prepares the hub's attachment bucket on MinIO: the bucket, a policy that allows objects in it
# and nothing else, and the hub's own access key with that policy (never the root key). Safe to
# run after every deploy. Runs inside the quay.io/minio/mc image: the compose `minio-init` job
# and the Kubernetes `minio-init` Job do exactly that.
#
# Environment (defaults in brackets); a VAR_FILE naming a file is read instead of VAR:
#   MINIO_URL                      the server [http://minio:9000]
#   MINIO_ROOT_USER                MinIO's root user
#   MINIO_ROOT_PASSWORD            MinIO's root password
#   HUB_ATTACHMENTS_S3_BUCKET      the bucket [hub-attachments]
#   HUB_ATTACHMENTS_S3_ACCESS_KEY  the hub's access key [hub-attachments]
#   HUB_ATTACHMENTS_S3_SECRET_KEY  the hub's secret key (at least 8 characters)
#   MINIO_WAIT_SECONDS             how long to wait for the server [300]
set -eu

value() {
  file=$(printenv "$1_FILE" || true)
  if [ -n "$file" ]; then cat "$file"; else printenv "$1" || true; fi
}

url="${MINIO_URL:-http://minio:9000}"
bucket="${HUB_ATTACHMENTS_S3_BUCKET:-hub-attachments}"
access_key="${HUB_ATTACHMENTS_S3_ACCESS_KEY:-hub-attachments}"
root_user=$(value MINIO_ROOT_USER)
root_password=$(value MINIO_ROOT_PASSWORD)
secret_key=$(value HUB_ATTACHMENTS_S3_SECRET_KEY)
deadline=$(( $(date +%s) + ${MINIO_WAIT_SECONDS:-300} ))

until mc alias set hub "$url" "$root_user" "$root_password" >/dev/null 2>&1; do
  if [ "$(date +%s)" -ge "$deadline" ]; then
    echo "MinIO at $url did not answer" >&2
    exit 1
  fi
  sleep 3
done

mc mb --ignore-existing "hub/$bucket"
# Objects of the bucket, and listing it: without s3:ListBucket a missing key answers 403, not
# 404, and the hub could not tell a deleted photo from a refusal.
cat > /tmp/hub-attachments-policy.json <<POLICY
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
   "Resource": ["arn:aws:s3:::$bucket/*"]},
  {"Effect": "Allow", "Action": ["s3:ListBucket"], "Resource": ["arn:aws:s3:::$bucket"]}]}
POLICY
mc admin policy create hub hub-attachments /tmp/hub-attachments-policy.json
mc admin user add hub "$access_key" "$secret_key"
if ! mc admin policy entities hub --user "$access_key" | grep -q hub-attachments; then
  mc admin policy attach hub hub-attachments --user "$access_key"
fi
echo "bucket $bucket ready for $access_key"
