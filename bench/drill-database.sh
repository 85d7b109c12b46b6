#!/usr/bin/env bash
# The database drill, run by hand (not in CI): the all-in-one hub on a MariaDB of the drill's own
# (never the machine's shared server on 3306) and a Kafka broker of its own, a steady stream of
# web reports, and mid-stream that MariaDB is stopped for DRILL_DB_OUTAGE seconds, then started
# again. The load driver counts every answer (202, 202 "processing delayed", 503, other, none)
# with its time, and at the end checks in hub-core's database that every 202 became its ticket,
# no 503 did and none twice, and that every POST was answered within DRILL_ANSWER_LIMIT_MS.
#   bench/drill-database.sh
# DRILL_RATE (100 reports/s), DRILL_SECONDS (90), DRILL_DB_STOP_AT (30 s into the stream),
# DRILL_DB_OUTAGE (30 s), DRILL_ANSWER_LIMIT_MS (2000), DRILL_SKIP_BUILD=1 to use the jar built.
# Ports: MariaDB 3326 (data in /var/tmp/hub-drill-mariadb), Kafka 39292-39293, the hub 28190.
# Exit status 0 only if nothing was lost, doubled or answered late, and no 503 made a ticket.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=./data/drill-database
db_port=${DRILL_DB_PORT:-3326}
db_name=drill_hub
db_data=/var/tmp/hub-drill-mariadb
kafka_port=${DRILL_KAFKA_PORT:-39292}
port=${DRILL_HTTP_PORT:-28190}
management_port=${DRILL_MANAGEMENT_PORT:-$((port + 100))}
health_url=${DRILL_HEALTH_URL:-http://127.0.0.1:$management_port/health}   # the management port
rate=${DRILL_RATE:-100}
seconds=${DRILL_SECONDS:-90}
stop_at=${DRILL_DB_STOP_AT:-30}
outage=${DRILL_DB_OUTAGE:-30}
source bench/scripts/drill-stack.sh

start_hub_stack
DATASOURCES_DEFAULT_URL="$db_url?$db_url_options" \
KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$kafka_port HUB_HTTP_PORT=$port HUB_MANAGEMENT_PORT=$management_port HUB_DATA_DIR=$dir/hub \
  java -Xmx1g -Dhub.web.rate-limit.per-address-limit=1000000000 \
    -Dhub.web.rate-limit.per-citizen-limit=1000000000 -jar "$jar" > "$dir/hub.log" 2>&1 &
hub=$!
wait_for_hub "$health_url"

# The driver is one client posting 100 reports/s: the web channel's abuse limits are raised out of
# its way. Warm-up, so that the JIT's first minute is not what is measured.
java -cp "$drivers" vn.citizenhub.bench.LoadDriver --url "http://127.0.0.1:$port" \
  --kafka "127.0.0.1:$kafka_port" --rate 50 --seconds 20 --skip-baselines | sed 's/^/warm-up: /'

(
  sleep "$stop_at"
  echo "[+${stop_at} s] stopping the drill's MariaDB for $outage s"
  env "${mariadb_env[@]}" bench/scripts/mariadb-bench.sh stop
  sleep "$outage"
  echo "[+$((stop_at + outage)) s] starting it again"
  env "${mariadb_env[@]}" bench/scripts/mariadb-bench.sh start
) &
outage_pid=$!

echo "posting $rate reports/s for $seconds s"
status=0
java -cp "$drivers" vn.citizenhub.bench.LoadDriver --url "http://127.0.0.1:$port" \
  --kafka "127.0.0.1:$kafka_port" --db "$db_url" --rate "$rate" --seconds "$seconds" \
  --connections 200 --drain-seconds 180 --audit \
  --answer-limit-ms "${DRILL_ANSWER_LIMIT_MS:-2000}" --skip-baselines || status=$?
wait "$outage_pid" || true
exit $status
