#!/usr/bin/env bash
# Overload runs of the doors outside systems sign their calls to: Zalo's webhook (POST
# /zalo/webhook) and the phone system's call events (POST /api/hotline/calls/events), and the
# web channel's reports if asked. On this machine: MariaDB, a Kafka broker, the all-in-one hub with
# one Official Account and a phone-system secret, a stand-in for Zalo's OA API, and the driver.
#   bench/bench-overload.sh [hotline] [zalo] [web]   (default: hotline zalo)
# After a warm-up (BENCH_WARMUP_SECONDS, default 40, at 100/s for each door), each door's
# saturation is found by a ramp (below) through BENCH_OVERLOAD_CONNECTIONS (400) connections, then
# twice that is offered for BENCH_SECONDS (20) with --audit and --answer-limit-ms 2000: every
# answer within 2 s, every event answered "kept" kept once, none answered 503 kept; for Zalo every
# kept event then processed once (one reply each). Exit status 1 if not.
# Ports and the database are its own (BENCH_HTTP_PORT 18092, BENCH_KAFKA_PORT 9292, database
# hub_bench_overload), so it does not collide with bench.sh or bench-zalo.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(hotline zalo)
seconds=${BENCH_SECONDS:-20}
port=${BENCH_HTTP_PORT:-18092}
management_port=${BENCH_MANAGEMENT_PORT:-18192}
zalo_port=${BENCH_FAKE_ZALO_PORT:-18098}
kport=${BENCH_KAFKA_PORT:-9292}
dbname=${BENCH_DB_NAME:-hub_bench_overload}
kdir=${BENCH_KAFKA_DIR:-./data/kafka-bench-overload}
app_id=1760000000000000001; oa_id=2420000000000000002; oa_secret=bench-oa-secret
phone_secret=bench-phone-system-secret-0123456789abcdef

[ -n "${BENCH_SKIP_BUILD:-}" ] || ./mvnw -q -B -ntp package -DskipTests -pl bench -am
jar=$(ls deploy/target/deploy-*.jar | grep -v original | head -1)
# The drivers: bench's own jar beside the hub's all-in-one jar, which brings the hub's classes.
drivers="$(ls bench/target/bench-*.jar | head -1):$jar"
deploy/scripts/mariadb-local.sh start
mariadb -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS $dbname; CREATE DATABASE $dbname CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
KAFKA_LOCAL_DIR=$kdir KAFKA_LOCAL_PORT=$kport KAFKA_LOCAL_CONTROLLER_PORT=$((kport + 1)) deploy/scripts/kafka-local.sh start

mkdir -p data
java -cp "$drivers" vn.citizenhub.bench.ZaloWebhookBench --stand-in --fake-zalo-port "$zalo_port" &
zalo=$!
# The web channel's abuse limits are raised out of the driver's way (one client, many reports).
DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$dbname?rewriteBatchedStatements=true&useServerPrepStmts=true&cachePrepStmts=true&characterEncoding=UTF-8" \
KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$kport HUB_HTTP_PORT=$port HUB_MANAGEMENT_PORT=$management_port \
HUB_HOTLINE_EVENTS_SECRET=$phone_secret \
  java -Xmx1g \
    -Dhub.web.rate-limit.per-address-limit=1000000000 \
    -Dhub.web.rate-limit.per-citizen-limit=1000000000 \
    -Dhub.zalo.oas.bench.app-id=$app_id -Dhub.zalo.oas.bench.oa-id=$oa_id \
    -Dhub.zalo.oas.bench.oa-secret-key=$oa_secret -Dhub.zalo.oas.bench.app-secret=bench-app-secret \
    -Dhub.zalo.oas.bench.api-base-url=http://127.0.0.1:$zalo_port \
    -Dhub.zalo.oas.bench.oauth-base-url=http://127.0.0.1:$zalo_port \
    -Dhub.zalo.oas.bench.initial-refresh-token=bench-refresh \
    -Dhub.zalo.media-dir=./data/bench-overload-zalo-media \
    -jar "$jar" > "data/bench-overload-hub-$port.log" 2>&1 &
hub=$!
trap 'kill $hub $zalo 2>/dev/null; KAFKA_LOCAL_DIR=$kdir KAFKA_LOCAL_PORT=$kport deploy/scripts/kafka-local.sh stop' EXIT
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$management_port/health" >/dev/null && break; sleep 1; done

drive() { # target rate seconds [extra ...]
  java -cp "$drivers" vn.citizenhub.bench.LoadDriver --target "$1" \
    --url "http://127.0.0.1:$port" --kafka 127.0.0.1:$kport \
    --db "jdbc:mysql://127.0.0.1:3306/$dbname" --app-id $app_id --oa-id $oa_id \
    --secret "$([ "$1" = hotline ] && echo $phone_secret || echo $oa_secret)" \
    --rate "$2" --seconds "$3" --skip-baselines "${@:4}"
}
# Warm-up: the JIT compiles for the first minute on 2 cores; each door's path is warmed.
for target in "${targets[@]}"; do
  drive "$target" 100 "${BENCH_WARMUP_SECONDS:-40}" | sed "s/^/warm-up: /"
done
# Saturation: the rate doubles every BENCH_STEP_SECONDS (10) until the door keeps clearly less
# than it is offered (under 90%); the most it kept per second is its saturation. (A single probe
# far past saturation measures what a door keeps while it refuses a flood, which is much less
# when refusing costs CPU too; the ramp finds the knee.)
ramp() { # target first-rate
  saturation=0
  local rate=$2 out kept
  while [ "$rate" -le "${BENCH_RAMP_MAX:-12800}" ]; do
    out=$(drive "$1" "$rate" "${BENCH_STEP_SECONDS:-10}" --connections "$connections" || true)
    echo "$out" | sed "s|^|ramp $1 $rate/s: |"
    kept=$(echo "$out" | awk '/accepted per second:/ {print $4}')
    [ "$kept" -gt "$saturation" ] && saturation=$kept
    [ $((kept * 10)) -lt $((rate * 9)) ] && break
    rate=$((rate * 2))
  done
}
connections=${BENCH_OVERLOAD_CONNECTIONS:-400}
status=0
for target in "${targets[@]}"; do
  case "$target" in zalo) first=250 ;; web) first=100 ;; *) first=50 ;; esac
  ramp "$target" "${BENCH_RAMP_FROM:-$first}"
  echo "saturation: $target kept at most $saturation events/s; offering twice that"
  drive "$target" $((2 * saturation)) "$seconds" --connections "$connections" \
    --audit --answer-limit-ms 2000 --drain-seconds "${BENCH_DRAIN_SECONDS:-1200}" || status=1
done
exit $status
