#!/usr/bin/env bash
# The whole hub in one JVM on one public port: builds what is missing, then starts it on the embedded
# default (its own Kafka broker and an H2 database under HUB_DATA_DIR, Tây Ninh's reference data).
#   HUB_HTTP_PORT (default 8080), HUB_MANAGEMENT_PORT (default 8090: /health, /prometheus and
#   /metrics, never on the public port), HUB_DATA_DIR (default ./data)
#   DATASOURCES_DEFAULT_URL/_USERNAME/_PASSWORD and KAFKA_BOOTSTRAP_SERVERS: use real ones instead.
# Needs a JDK 17; the Maven wrapper brings Maven. Ctrl-C stops it cleanly; a restart keeps everything.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls deploy/target/deploy-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ] || [ -n "$(find . -path ./data -prune -o -name '*.java' -newer "$jar" -print -quit)" ]; then
  echo "Building the hub (the first build downloads dependencies: a few minutes)..."
  ./mvnw -q -B -ntp package -DskipTests -pl deploy -am
  jar=$(ls deploy/target/deploy-*.jar | grep -v original | head -1)
fi
export HUB_DATA_DIR=${HUB_DATA_DIR:-./data}
mkdir -p "$HUB_DATA_DIR"
echo "Public port ${HUB_HTTP_PORT:-8080} (citizen portal: /, staff console: /console, hotline: /hotline);" \
  "health and metrics on the management port: http://localhost:${HUB_MANAGEMENT_PORT:-8090}/health"
exec java ${JAVA_OPTS:-} -jar "$jar"
