#!/usr/bin/env bash
# The Zalo webhook benchmark on this machine: MariaDB, a Kafka broker, the all-in-one hub with one
# Official Account, a stand-in for Zalo's OA API (the hub's replies go there and are counted) and
# the driver. Prints how fast POST /zalo/webhook answers at each rate.
#   bench/bench-zalo.sh [RATE ...]   (default: 200 400), each for BENCH_SECONDS (default 30),
#                                     after BENCH_WARMUP_SECONDS (default 60) at 100/s
set -euo pipefail
cd "$(dirname "$0")/.."
rates=("$@"); [ ${#rates[@]} -gt 0 ] || rates=(200 400)
seconds=${BENCH_SECONDS:-30}
port=${BENCH_HTTP_PORT:-18091}
management_port=${BENCH_MANAGEMENT_PORT:-18191}
zalo_port=${BENCH_FAKE_ZALO_PORT:-18099}
app_id=1760000000000000001; oa_id=2420000000000000002; secret=bench-oa-secret

[ -n "${BENCH_SKIP_BUILD:-}" ] || ./mvnw -q -B -ntp package -DskipTests -pl bench -am
jar=$(ls deploy/target/deploy-*.jar | grep -v original | head -1)
# The drivers: bench's own jar beside the hub's all-in-one jar, which brings the hub's classes.
drivers="$(ls bench/target/bench-*.jar | head -1):$jar"
deploy/scripts/mariadb-local.sh start
mariadb -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS hub_bench_zalo; CREATE DATABASE hub_bench_zalo CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
KAFKA_LOCAL_DIR=./data/kafka-bench deploy/scripts/kafka-local.sh start

mkdir -p data
java -cp "$drivers" vn.citizenhub.bench.ZaloWebhookBench --stand-in --fake-zalo-port "$zalo_port" &
zalo=$!
DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/hub_bench_zalo?rewriteBatchedStatements=true&useServerPrepStmts=true&cachePrepStmts=true&characterEncoding=UTF-8" \
KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092 HUB_HTTP_PORT=$port HUB_MANAGEMENT_PORT=$management_port \
  java -Xmx1g \
    -Dhub.zalo.oas.bench.app-id=$app_id -Dhub.zalo.oas.bench.oa-id=$oa_id \
    -Dhub.zalo.oas.bench.oa-secret-key=$secret -Dhub.zalo.oas.bench.app-secret=bench-app-secret \
    -Dhub.zalo.oas.bench.api-base-url=http://127.0.0.1:$zalo_port \
    -Dhub.zalo.oas.bench.oauth-base-url=http://127.0.0.1:$zalo_port \
    -Dhub.zalo.oas.bench.initial-refresh-token=bench-refresh \
    -Dhub.zalo.media-dir=./data/bench-zalo-media \
    -jar "$jar" > data/bench-zalo-hub.log 2>&1 &
hub=$!
trap 'kill $hub $zalo 2>/dev/null; KAFKA_LOCAL_DIR=./data/kafka-bench deploy/scripts/kafka-local.sh stop' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$management_port/health" >/dev/null && break; sleep 1; done

drive() {
  java -cp "$drivers" vn.citizenhub.bench.ZaloWebhookBench --url "http://127.0.0.1:$port" \
    --app-id $app_id --oa-id $oa_id --secret $secret --fake-zalo-port "$zalo_port" "$@"
}
# Warm-up: the JIT compiles Netty, Micronaut and Connector/J for the first minute on 2 cores.
drive --rate 100 --seconds "${BENCH_WARMUP_SECONDS:-60}" | sed 's/^/warm-up: /'
for rate in "${rates[@]}"; do
  drive --rate "$rate" --seconds "$seconds"
done
