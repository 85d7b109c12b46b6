#!/usr/bin/env bash
# The scale-out drill on this machine, without Docker: a 3-broker KRaft cluster, MariaDB, two
# hub-core instances in one consumer group and channel-web, each a process of its own. A steady
# stream of reports goes to channel-web; mid-stream one hub-core instance is killed with SIGKILL,
# later one broker. Then it checks that every accepted report is exactly one ticket and that both
# instances processed reports before the kill, and prints the figures (ScaleOutDrill).
#   bench/drill.sh
# DRILL_RATE (150 reports/s), DRILL_SECONDS (120), DRILL_KILL_CORE_AT (60 s into the stream:
# on two cores the JVMs compile for the first half minute and reports wait seconds meanwhile),
# DRILL_KILL_BROKER_AT (90 s), DRILL_KILL_BROKER (follower | controller | a node id),
# DRILL_DIR (./data/drill: logs, broker data), DRILL_SKIP_BUILD=1 to use the jars already built.
# Ports: brokers 29092-29094, controllers 29095-29097, hub-core 28081-28082, channel-web 28083.
# Databases drill_hub and drill_hub_web are dropped and created afresh.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${DRILL_DIR:-./data/drill}
bootstrap=127.0.0.1:29092,127.0.0.1:29093,127.0.0.1:29094
voters=1@127.0.0.1:29095,2@127.0.0.1:29096,3@127.0.0.1:29097
db_options='rewriteBatchedStatements=true&useServerPrepStmts=true&cachePrepStmts=true&characterEncoding=UTF-8'
password=${MARIADB_ROOT_PASSWORD:-}

if [ "${DRILL_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -B -ntp package -DskipTests -pl bench,hub-core/service,channel-web -am
fi
rm -rf "$dir"
mkdir -p "$dir/jars"
dir=$(cd "$dir" && pwd)
# Run from copies: a build started meanwhile must not replace a jar under a running JVM.
for jar in deploy/target/deploy-*.jar bench/target/bench-*.jar \
    hub-core/service/target/hub-core-service-*.jar channel-web/target/channel-web-*.jar; do
  case "$jar" in */original-*) ;; *) cp "$jar" "$dir/jars/" ;; esac
done
deploy_jar=$(ls "$dir"/jars/deploy-*.jar)
# The drill's driver: bench's own jar beside the all-in-one jar, which brings the hub's classes.
drivers="$(ls "$dir"/jars/bench-*.jar):$deploy_jar"
core_jar=$(ls "$dir"/jars/hub-core-service-*.jar)
web_jar=$(ls "$dir"/jars/channel-web-*.jar)

started=()
cleanup() {
  # SIGTERM first so the services close cleanly, then SIGKILL whatever is still there.
  for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 20); do
    alive=0
    for pid in "${started[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ $alive = 0 ] && break
    sleep 0.5
  done
  for pid in "${started[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for_http() { # url name pid
  for _ in $(seq 1 120); do
    curl -sf "$1" >/dev/null 2>&1 && return 0
    kill -0 "$3" 2>/dev/null || { echo "$2 exited; see its log in $dir" >&2; return 1; }
    sleep 1
  done
  echo "$2 did not answer $1 within 120 s" >&2
  return 1
}

deploy/scripts/mariadb-local.sh start
for db in drill_hub drill_hub_web; do
  mariadb -h 127.0.0.1 -u root ${password:+-p"$password"} -e "DROP DATABASE IF EXISTS $db;
    CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
done

# Three brokers, each also a controller (KRaft combined mode); the quorum of three survives one.
cluster_id=$(java -cp "$deploy_jar" kafka.tools.StorageTool random-uuid)
broker_pids=()
for node in 1 2 3; do
  mkdir -p "$dir/broker-$node"
  cat > "$dir/broker-$node/server.properties" <<PROPS
process.roles=broker,controller
node.id=$node
controller.quorum.voters=$voters
listeners=PLAINTEXT://127.0.0.1:$((29091 + node)),CONTROLLER://127.0.0.1:$((29094 + node))
advertised.listeners=PLAINTEXT://127.0.0.1:$((29091 + node))
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$dir/broker-$node/log
num.partitions=12
default.replication.factor=3
min.insync.replicas=2
offsets.topic.replication.factor=3
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
share.coordinator.state.topic.replication.factor=3
share.coordinator.state.topic.min.isr=2
group.initial.rebalance.delay.ms=0
PROPS
  java -cp "$deploy_jar" kafka.tools.StorageTool format -t "$cluster_id" \
    -c "$dir/broker-$node/server.properties" > "$dir/broker-$node/format.log"
  java -Xmx512m -cp "$deploy_jar" kafka.Kafka "$dir/broker-$node/server.properties" \
    > "$dir/broker-$node.log" 2>&1 &
  disown # its kill is part of the drill, not news for this shell
  started+=($!)
  broker_pids+=($!)
done
# Topics with three replicas and min.insync.replicas=2: acks=all survives one broker down.
# Retried: the brokers take a while to register with the controller quorum.
for attempt in $(seq 1 60); do
  if java -cp "$deploy_jar" vn.citizenhub.deploy.HubTopics "$bootstrap" 12 3 2 \
      >> "$dir/topics.log" 2>&1; then
    break
  fi
  [ "$attempt" = 60 ] && { echo "could not create the topics; see $dir/topics.log" >&2; exit 1; }
  sleep 2
done
echo "Kafka: 3 brokers on $bootstrap (pids ${broker_pids[*]}); topics: 12 partitions, RF 3, min ISR 2"

# Two hub-core instances on the same database and consumer group, one after the other so they do
# not migrate the schema at once. IntakeWorker's DEBUG line tells what each instance committed.
core_pids=()
core_logs=()
for n in 1 2; do
  HUB_CORE_HTTP_PORT=$((28080 + n)) HUB_CORE_MANAGEMENT_PORT=$((29080 + n)) \
  DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/drill_hub?$db_options" \
  DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD="$password" \
  KAFKA_BOOTSTRAP_SERVERS=$bootstrap \
    java -Xmx512m -Dlogger.levels.vn.citizenhub.core.intake.IntakeWorker=DEBUG -jar "$core_jar" \
    > "$dir/hub-core-$n.log" 2>&1 &
  disown
  started+=($!)
  core_pids+=($!)
  core_logs+=("$dir/hub-core-$n.log")
  wait_for_http "http://127.0.0.1:$((29080 + n))/health" "hub-core-$n" $!
done
echo "hub-core: 2 instances on :28081 and :28082, management :29081 and :29082 (pids ${core_pids[*]})"

# channel-web reads the catalog from the instance that survives the drill. The drill is one client
# posting 150 reports/s, so the web channel's abuse limits are raised out of its way.
HUB_WEB_HTTP_PORT=28083 HUB_WEB_MANAGEMENT_PORT=29083 HUB_CORE_URL=http://127.0.0.1:28082 \
DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/drill_hub_web?$db_options" \
DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD="$password" \
KAFKA_BOOTSTRAP_SERVERS=$bootstrap \
  java -Xmx512m -Dhub.web.rate-limit.per-address-limit=1000000000 \
    -Dhub.web.rate-limit.per-citizen-limit=1000000000 -jar "$web_jar" \
    > "$dir/channel-web.log" 2>&1 &
started+=($!)
wait_for_http http://127.0.0.1:29083/health channel-web $!
echo "channel-web on :28083 (pid $!); logs in $dir"

java -Xmx512m -cp "$drivers" vn.citizenhub.bench.drill.ScaleOutDrill \
  --url http://127.0.0.1:28083 --kafka "$bootstrap" \
  --db "jdbc:mysql://127.0.0.1:3306/drill_hub" --db-user root --db-password "$password" \
  --rate "${DRILL_RATE:-150}" --seconds "${DRILL_SECONDS:-120}" \
  --kill-core-at "${DRILL_KILL_CORE_AT:-60}" --kill-broker-at "${DRILL_KILL_BROKER_AT:-90}" \
  --kill-broker "${DRILL_KILL_BROKER:-follower}" \
  --core-pids "$(IFS=,; echo "${core_pids[*]}")" --core-logs "$(IFS=,; echo "${core_logs[*]}")" \
  --broker-pids "$(IFS=,; echo "${broker_pids[*]}")"
