#!/usr/bin/env bash
# The agency workspace at a province's scale, end to end on this machine: a database with
# TICKETS generated tickets (two years of a province, with timelines, citizens, staff accounts),
# a Kafka broker and hub-core on it, then the workspace bench: inbox views, ticket pages and the
# league table from BENCH_CLIENTS concurrent staff clients; prints p50/p95/p99/max per endpoint.
#   bench/bench-workspace.sh [TICKETS]      (default 1000000)
# BENCH_DB (default bench1m_hub; dropped and re-created), BENCH_REUSE_DB=1 (keep a generated
# database and skip generation), BENCH_DB_PORT (3316: the benchmarks' own MariaDB with a 2 GiB
# buffer pool, started by bench/scripts/mariadb-bench.sh; 3306: the machine's MariaDB as
# packaged; any other: a MariaDB/MySQL server already running, root without password),
# BENCH_HTTP_PORT (38081), BENCH_KAFKA_PORT (39092),
# BENCH_KAFKA_CONTROLLER_PORT (39093), BENCH_CLIENTS (4), BENCH_INBOX (2000), BENCH_TICKETS (2000),
# BENCH_LEAGUE (50), BENCH_WARMUP (400 inbox views and as many ticket pages); then the same mix
# arriving at a steady rate, as from a province's staff: BENCH_RATES (requests/s, "30,60"; empty
# for none), BENCH_SECONDS (60 at each rate).
# BENCH_DRIVER=public (bench/bench-public.sh) measures the public record instead on the same
# database: figures and search as citizens load them (PublicRecordBench; BENCH_RATES default 30).
set -euo pipefail
cd "$(dirname "$0")/.."
tickets=${1:-1000000}
db=${BENCH_DB:-bench1m_hub}
port=${BENCH_HTTP_PORT:-38081}
management_port=${BENCH_MANAGEMENT_PORT:-38091}
kafka_port=${BENCH_KAFKA_PORT:-39092}
db_port=${BENCH_DB_PORT:-3316}
url="jdbc:mysql://127.0.0.1:$db_port/$db"

jar=$(ls deploy/target/deploy-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ] || ! ls bench/target/bench-*.jar >/dev/null 2>&1; then
  ./mvnw -q -B -ntp package -DskipTests -pl bench -am
  jar=$(ls deploy/target/deploy-*.jar | grep -v original | head -1)
fi
# Everything runs from a copy, so that rebuilding deploy/target cannot pull classes from under
# the running JVMs; kafka-local.sh finds the copy as deploy/target/*.jar beside its own copy.
work=$(mktemp -d /tmp/bench-workspace.XXXXXX)
mkdir -p "$work/deploy/target" "$work/deploy/scripts"
cp "$jar" "$work/deploy/target/deploy-bench.jar"
cp deploy/scripts/kafka-local.sh "$work/deploy/scripts/"
cp "$(ls bench/target/bench-*.jar | head -1)" "$work/bench.jar"
hub_jar="$work/deploy/target/deploy-bench.jar"
# The drivers: bench's own jar beside the hub's all-in-one jar, which brings the hub's classes.
drivers="$work/bench.jar:$hub_jar"
kafka() {
  KAFKA_LOCAL_DIR="$work/kafka" KAFKA_LOCAL_PORT=$kafka_port \
    KAFKA_LOCAL_CONTROLLER_PORT=${BENCH_KAFKA_CONTROLLER_PORT:-39093} \
    "$work/deploy/scripts/kafka-local.sh" "$1"
}
hub=""
cleanup() {
  if [ -n "$hub" ]; then kill "$hub" 2>/dev/null || true; wait "$hub" 2>/dev/null || true; fi
  kafka stop >/dev/null 2>&1 || true
  rm -rf "$work/deploy" "$work/kafka/log"   # the jar copy and the broker's data; logs stay
}
trap cleanup EXIT

case "$db_port" in
  3316) BENCH_DB_PORT=3316 bench/scripts/mariadb-bench.sh start ;;
  3306) deploy/scripts/mariadb-local.sh start ;;
esac
sql() { mariadb -h 127.0.0.1 -P "$db_port" -u root "$@"; }
sql -N -e "SELECT CONCAT('MariaDB ', VERSION(), ', buffer pool ',
  @@innodb_buffer_pool_size DIV 1048576, ' MiB, flush at commit ', @@innodb_flush_log_at_trx_commit)"
if [ "${BENCH_REUSE_DB:-0}" != 1 ]; then
  sql -e "DROP DATABASE IF EXISTS $db;
    CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  java -Xmx1g -cp "$drivers" vn.citizenhub.bench.TicketGenerator --db "$url" \
    --tickets "$tickets" 2>&1 | grep -v 'No official calendar'
fi

kafka start
# hub-core's main from the all-in-one jar, which carries the launcher's application.yml rather
# than hub-core's: the ports and the staff sign-in mode (cookie, bearer too) are set here.
MICRONAUT_SERVER_PORT=$port HUB_MANAGEMENT_PORT=$management_port \
MICRONAUT_SECURITY_AUTHENTICATION=cookie \
HUB_PUBLIC_API_RATE_LIMIT_PER_MINUTE=10000000 HUB_PUBLIC_API_RATE_LIMIT_BURST=100000 \
KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$kafka_port \
DATASOURCES_DEFAULT_URL="$url?rewriteBatchedStatements=true&useServerPrepStmts=true&cachePrepStmts=true&characterEncoding=UTF-8" \
  java -Xmx1g -cp "$hub_jar" vn.citizenhub.core.HubCoreApplication > "$work/hub-core.log" 2>&1 &
hub=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$management_port/health" >/dev/null && break
  kill -0 "$hub" 2>/dev/null || { tail -40 "$work/hub-core.log"; exit 1; }
  sleep 1
done
echo "hub-core on :$port (log: $work/hub-core.log)"

echo "load average before the bench: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${BENCH_DRIVER:-workspace}" = public ]; then
  # One client address at 30 requests/s: the public rate limit is lifted above (the bench
  # measures the answers, not the limit).
  java -cp "$drivers" vn.citizenhub.bench.PublicRecordBench --url "http://127.0.0.1:$port" \
    --db "$url" --warmup "${BENCH_WARMUP:-300}" --rates "${BENCH_RATES-30}" \
    --seconds "${BENCH_SECONDS:-60}"
else
  java -cp "$drivers" vn.citizenhub.bench.WorkspaceBench --url "http://127.0.0.1:$port" \
    --db "$url" --clients "${BENCH_CLIENTS:-4}" --inbox "${BENCH_INBOX:-2000}" \
    --tickets "${BENCH_TICKETS:-2000}" --league "${BENCH_LEAGUE:-50}" \
    --warmup "${BENCH_WARMUP:-400}" --rates "${BENCH_RATES-30,60}" --seconds "${BENCH_SECONDS:-60}"
fi
echo "load average after the bench: $(cut -d' ' -f1-3 /proc/loadavg)"
