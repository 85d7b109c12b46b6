#!/usr/bin/env bash
# The Zalo outage drill, run by hand (not in CI): the all-in-one hub with one Official Account
# whose API is a stand-in run by the driver, on a MariaDB and a Kafka broker of the drill's own.
# Zalo citizens write to the OA and each has a ticket; the coordinator answers them one after
# another while Zalo's API is down for DRILL_ZALO_OUTAGE seconds (default 600: ten minutes).
# When it is back every notice must reach its citizen exactly once, soon (the dispatcher probes
# and brings waiting notices forward instead of waiting out their backoff); the figures say when.
#   deploy/drill-zalo.sh
# DRILL_ZALO_OUTAGE (600 s), DRILL_CITIZENS (40), DRILL_SKIP_BUILD=1 to use the jar built.
# Ports: MariaDB 3327 (data in /var/tmp/hub-drill-zalo-mariadb), Kafka 39392-39393, the hub
# 28290, the stand-in Zalo API 28299. Exit status 0 only if no notice was lost or doubled.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=./data/drill-zalo
db_port=${DRILL_DB_PORT:-3327}
kafka_port=${DRILL_KAFKA_PORT:-39392}
port=${DRILL_HTTP_PORT:-28290}
zalo_port=${DRILL_FAKE_ZALO_PORT:-28299}
management_port=${DRILL_MANAGEMENT_PORT:-$((port + 100))}
health_url=${DRILL_HEALTH_URL:-http://127.0.0.1:$management_port/health}   # the management port
app_id=1760000000000000001; oa_id=2420000000000000002; secret=drill-oa-secret
password=drill-Secret-2025
mariadb_env=(BENCH_DB_DIR=/var/tmp/hub-drill-zalo-mariadb BENCH_DB_PORT=$db_port BENCH_DB_BUFFER_POOL=256M)
kafka_env=(KAFKA_LOCAL_DIR=$dir/kafka KAFKA_LOCAL_PORT=$kafka_port
  KAFKA_LOCAL_CONTROLLER_PORT=$((kafka_port + 1)) KAFKA_LOCAL_WAIT=300)

[ "${DRILL_SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B -ntp package -DskipTests -pl deploy -am
mkdir -p "$dir"
rm -rf "$dir/kafka" "$dir/hub"
cp "$(ls deploy/target/deploy-*.jar | grep -v original | head -1)" "$dir/deploy.jar"
jar=$dir/deploy.jar

hub=
cleanup() {
  [ -n "$hub" ] && kill "$hub" 2>/dev/null || true
  env "${kafka_env[@]}" deploy/scripts/kafka-local.sh stop || true
  env "${mariadb_env[@]}" deploy/scripts/mariadb-bench.sh stop || true
}
trap cleanup EXIT

env "${mariadb_env[@]}" deploy/scripts/mariadb-bench.sh start
mariadb -h 127.0.0.1 -P "$db_port" -u root -e "DROP DATABASE IF EXISTS drill_zalo;
  CREATE DATABASE drill_zalo CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
env "${kafka_env[@]}" deploy/scripts/kafka-local.sh start
db_url="jdbc:mysql://127.0.0.1:$db_port/drill_zalo"
DATASOURCES_DEFAULT_URL="$db_url?rewriteBatchedStatements=true&useServerPrepStmts=true&cachePrepStmts=true&characterEncoding=UTF-8" \
KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$kafka_port HUB_HTTP_PORT=$port HUB_MANAGEMENT_PORT=$management_port HUB_DATA_DIR=$dir/hub \
HUB_DEMO_PASSWORD=$password \
  java -Xmx1g \
    -Dhub.zalo.oas.drill.app-id=$app_id -Dhub.zalo.oas.drill.oa-id=$oa_id \
    -Dhub.zalo.oas.drill.oa-secret-key=$secret -Dhub.zalo.oas.drill.app-secret=drill-app-secret \
    -Dhub.zalo.oas.drill.api-base-url=http://127.0.0.1:$zalo_port \
    -Dhub.zalo.oas.drill.oauth-base-url=http://127.0.0.1:$zalo_port \
    -Dhub.zalo.oas.drill.initial-refresh-token=drill-refresh \
    -Dhub.zalo.media-dir=$dir/media \
    -jar "$jar" > "$dir/hub.log" 2>&1 &
hub=$!
for _ in $(seq 1 400); do curl -sf "$health_url" >/dev/null && break; sleep 1; done
curl -sf "$health_url" >/dev/null || { echo "the hub did not start; see $dir/hub.log" >&2; exit 1; }
echo "hub on :$port (pid $hub), its MariaDB on :$db_port, Kafka on :$kafka_port; logs in $dir"

java -cp "$jar" vn.citizenhub.deploy.drill.ZaloOutageDrill --url "http://127.0.0.1:$port" \
  --kafka "127.0.0.1:$kafka_port" --db "$db_url" --fake-zalo-port "$zalo_port" \
  --app-id $app_id --oa-id $oa_id --secret $secret --staff-password "$password" \
  --citizens "${DRILL_CITIZENS:-40}" --outage-seconds "${DRILL_ZALO_OUTAGE:-600}"
