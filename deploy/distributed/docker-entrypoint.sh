#!/bin/sh
# Starts one hub service. Compose mounts the platform's secrets as files under /run/secrets and
# names them in VAR_FILE variables, as the mysql image does; Micronaut reads plain environment
# variables (DATASOURCES_DEFAULT_PASSWORD -> datasources.default.password), so each VAR_FILE that
# points into /run/secrets becomes VAR here. Other *_FILE variables (SSL_CERT_FILE, say) mean a
# path and are left alone. Kubernetes passes secrets as plain variables and needs none of this.
set -eu
for name in $(env | sed -n 's/^\([A-Za-z0-9_]*\)_FILE=\/run\/secrets\/.*/\1/p'); do
  value=$(cat "$(printenv "${name}_FILE")")
  export "$name=$value"
  unset "${name}_FILE"
done
# JAVA_OPTS is a list of JVM flags: split on spaces on purpose.
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -jar /app/service.jar "$@"
