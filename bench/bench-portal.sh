#!/usr/bin/env bash
# The citizen portal's browser benchmark: the all-in-one hub on its embedded default (its own
# Kafka broker and H2 under a scratch folder), then headless Chromium on a throttled slow mobile
# network (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, cache off) loads the home page and the
# report form and prints bytes transferred, requests and time to first input for each
# (bench/PortalPageBench). The goal: under 300 KB and under 3 s per page.
#   bench/bench-portal.sh [RUNS]   (default 3; the median is shown)
#   BENCH_PORTAL_URL=https://… measures a running portal instead of starting one.
# Needs /usr/bin/chromium and /usr/bin/chromedriver (Debian: chromium chromium-driver).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${BENCH_HTTP_PORT:-18095}
management_port=${BENCH_MANAGEMENT_PORT:-18195}

# One build: the hub's jar, and the benchmark's class path (bench's test classes and their
# dependencies, Selenium among them; the reactor's modules as their jars).
./mvnw -q -B -ntp package dependency:build-classpath -DskipTests -pl bench -am \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-portal.classpath
classpath="bench/target/test-classes:bench/target/classes:$(cat bench/target/bench-portal.classpath)"

url=${BENCH_PORTAL_URL:-}
if [ -z "$url" ]; then
  jar=$(ls deploy/target/deploy-*.jar | grep -v original | head -1)
  data=$(mktemp -d)
  HUB_DATA_DIR=$data HUB_HTTP_PORT=$port HUB_MANAGEMENT_PORT=$management_port \
    HUB_KAFKA_PORT=$((port + 2)) HUB_KAFKA_CONTROLLER_PORT=$((port + 3)) HUB_DEMO_ENABLED=false \
    java -Xmx768m -jar "$jar" > "$data/hub.log" 2>&1 &
  hub=$!
  trap 'set +e; kill $hub 2>/dev/null; wait $hub 2>/dev/null; rm -rf "$data"' EXIT
  up=""
  for _ in $(seq 1 300); do
    if curl -sf "http://127.0.0.1:$management_port/health" >/dev/null; then up=1; break; fi
    kill -0 $hub 2>/dev/null || break
    sleep 1
  done
  if [ -z "$up" ]; then
    echo "The hub did not come up; the end of its log:" >&2
    tail -40 "$data/hub.log" >&2
    exit 1
  fi
  url="http://127.0.0.1:$port"
fi
java -cp "$classpath" vn.citizenhub.bench.PortalPageBench "$url" "$runs"
