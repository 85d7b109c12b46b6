#!/usr/bin/env bash
# The Zalo outage drill, run by hand (not in CI): the all-in-one hub with one Official Account
# whose API is a stand-in run by the driver, on a MariaDB and a Kafka broker of the drill's own.
# Zalo citizens write to the OA and each has a ticket; the coordinator answers them one after
# another while Zalo's API is down for DRILL_ZALO_OUTAGE seconds (default 600: ten minutes).
# When it is back every notice must reach its citizen exactly once, soon (the dispatcher probes
# and brings waiting notices forward instead of waiting out their backoff); the figures say when.
#   bench/drill-zalo.sh
# DRILL_ZALO_OUTAGE (600 s), DRILL_CITIZENS (40), DRILL_SKIP_BUILD=1 to use the jar built.
# Ports: MariaDB 3327 (data in /var/tmp/hub-drill-zalo-mariadb), Kafka 39392-39393, the hub
# 28290, the stand-in Zalo API 28299. Exit status 0 only if no notice was lost or doubled.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=./data/drill-zalo
db_port=${DRILL_DB_PORT:-3327}
db_name=drill_zalo
db_data=/var/tmp/hub-drill-zalo-mariadb
kafka_port=${DRILL_KAFKA_PORT:-39392}
port=${DRILL_HTTP_PORT:-28290}
zalo_port=${DRILL_FAKE_ZALO_PORT:-28299}
management_port=${DRILL_MANAGEMENT_PORT:-$((port + 100))}
health_url=${DRILL_HEALTH_URL:-http://127.0.0.1:$management_port/health}   # the management port
app_id=1760000000000000001; oa_id=2420000000000000002; secret=drill-oa-secret
password=drill-Secret-2025
source bench/scripts/drill-stack.sh

start_hub_stack
DATASOURCES_DEFAULT_URL="$db_url?$db_url_options" \
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
wait_for_hub "$health_url"

java -cp "$drivers" vn.citizenhub.bench.drill.ZaloOutageDrill --url "http://127.0.0.1:$port" \
  --kafka "127.0.0.1:$kafka_port" --db "$db_url" --fake-zalo-port "$zalo_port" \
  --app-id $app_id --oa-id $oa_id --secret $secret --staff-password "$password" \
  --citizens "${DRILL_CITIZENS:-40}" --outage-seconds "${DRILL_ZALO_OUTAGE:-600}"
