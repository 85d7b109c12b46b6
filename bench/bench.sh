#!/usr/bin/env bash
# The backbone benchmark on this machine: Kafka broker, MariaDB, the hub and the load driver all
# on it. Prints end-to-end reports/s and POST-to-routed latency at each rate, then the raw Kafka
# producer and raw single-row insert rates.
#   bench/bench.sh [RATE ...]      (default: 500 2000 2500), each for BENCH_SECONDS (default 30),
#                                   after BENCH_WARMUP_SECONDS (default 120) at 400/s
# Then the overload run (BENCH_OVERLOAD=0 leaves it out): a probe at BENCH_PROBE_RATE (3000/s) for
# 20 s measures how many reports a second the web channel accepts at saturation, then twice that
# rate is offered for BENCH_SECONDS with BENCH_OVERLOAD_CONNECTIONS (400) connections: every POST
# must be answered (202, 202 "processing delayed" or a fast 503), and the audit checks in hub-core's
# database that every 202 became its ticket and no 503 did (exit status 1 if not).
set -euo pipefail
cd "$(dirname "$0")/.."
rates=("$@"); [ ${#rates[@]} -gt 0 ] || rates=(500 2000 2500)
seconds=${BENCH_SECONDS:-30}
port=${BENCH_HTTP_PORT:-18090}
management_port=${BENCH_MANAGEMENT_PORT:-18190}
# Another Kafka port, database and Kafka folder keep a run apart from one already on this machine.
kport=${BENCH_KAFKA_PORT:-9092}
dbname=${BENCH_DB_NAME:-hub_bench}
kdir=${BENCH_KAFKA_DIR:-./data/kafka-bench}

./mvnw -q -B -ntp package -DskipTests -pl bench -am
jar=$(ls deploy/target/deploy-*.jar | grep -v original | head -1)
# The drivers: bench's own jar beside the hub's all-in-one jar, which brings the hub's classes.
drivers="$(ls bench/target/bench-*.jar | head -1):$jar"
deploy/scripts/mariadb-local.sh start
mariadb -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS $dbname; CREATE DATABASE $dbname CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
KAFKA_LOCAL_DIR=$kdir KAFKA_LOCAL_PORT=$kport KAFKA_LOCAL_CONTROLLER_PORT=$((kport + 1)) deploy/scripts/kafka-local.sh start

# The load driver is one client posting thousands of reports a second for 5,000 citizen
# references: the web channel's abuse limits (docs/abuse-controls.md) are raised out of its way,
# not switched off, so their cost is still measured.
bench_limits=(-Dhub.web.rate-limit.per-address-limit=1000000000
  -Dhub.web.rate-limit.per-citizen-limit=1000000000)
DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$dbname?rewriteBatchedStatements=true&useServerPrepStmts=true&cachePrepStmts=true&characterEncoding=UTF-8" \
KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$kport HUB_HTTP_PORT=$port HUB_MANAGEMENT_PORT=$management_port \
  java -Xmx1g "${bench_limits[@]}" -jar "$jar" > "data/bench-hub-$port.log" 2>&1 &
hub=$!
trap 'kill $hub 2>/dev/null; KAFKA_LOCAL_DIR=$kdir KAFKA_LOCAL_PORT=$kport deploy/scripts/kafka-local.sh stop' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$management_port/health" >/dev/null && break; sleep 1; done

# Warm-up: on 2 cores the JIT compiles for minutes (about 13,000 methods: Netty, Micronaut,
# Kafka, Connector/J) and takes a whole core while it does; steady state is what is measured.
java -cp "$drivers" vn.citizenhub.bench.LoadDriver --url "http://127.0.0.1:$port" \
  --kafka 127.0.0.1:$kport --rate 400 --seconds "${BENCH_WARMUP_SECONDS:-120}" --skip-baselines | sed 's/^/warm-up: /'
last=${rates[$((${#rates[@]} - 1))]}
for rate in "${rates[@]}"; do
  extra=--skip-baselines; [ "$rate" = "$last" ] && [ "${BENCH_OVERLOAD:-1}" = 0 ] && extra=""
  java -cp "$drivers" vn.citizenhub.bench.LoadDriver --url "http://127.0.0.1:$port" \
    --kafka 127.0.0.1:$kport --db "jdbc:mysql://127.0.0.1:3306/$dbname" \
    --rate "$rate" --seconds "$seconds" $extra
done
[ "${BENCH_OVERLOAD:-1}" = 0 ] && exit 0

overload() { # rate seconds [extra ...]
  java -cp "$drivers" vn.citizenhub.bench.LoadDriver --url "http://127.0.0.1:$port" \
    --kafka 127.0.0.1:$kport --db "jdbc:mysql://127.0.0.1:3306/$dbname" \
    --connections "${BENCH_OVERLOAD_CONNECTIONS:-400}" --rate "$1" --seconds "$2" --audit "${@:3}"
}
probe=$(overload "${BENCH_PROBE_RATE:-3000}" 20 --skip-baselines || true)
echo "$probe"
saturation=$(echo "$probe" | awk '/accepted per second:/ {print $4}')
echo "saturation: the web channel accepted $saturation reports/s; offering twice that"
overload $((2 * saturation)) "$seconds"
