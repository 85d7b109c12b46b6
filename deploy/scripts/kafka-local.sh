#!/usr/bin/env bash
# A real single-node Kafka broker (KRaft) without Docker, from Apache's own Maven artifacts,
# which the deploy module's jar carries.
#   deploy/scripts/kafka-local.sh start   # build if needed, format once, start, create the topics
#   deploy/scripts/kafka-local.sh stop
# KAFKA_LOCAL_DIR (default ./data/kafka-local), KAFKA_LOCAL_PORT (9092), KAFKA_LOCAL_CONTROLLER_PORT (9093),
# KAFKA_LOCAL_WAIT (60 s to start).
set -euo pipefail
cd "$(dirname "$0")/../.."
cmd=${1:-start}
dir=${KAFKA_LOCAL_DIR:-./data/kafka-local}
port=${KAFKA_LOCAL_PORT:-9092}
cport=${KAFKA_LOCAL_CONTROLLER_PORT:-9093}
wait=${KAFKA_LOCAL_WAIT:-60}   # seconds; a busy machine may need more
jar=$(ls deploy/target/deploy-*.jar 2>/dev/null | grep -v original | head -1 || true)

case "$cmd" in
  start)
    if [ -z "$jar" ]; then
      ./mvnw -q -B -ntp package -DskipTests -pl deploy -am
      jar=$(ls deploy/target/deploy-*.jar | grep -v original | head -1)
    fi
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    cat > "$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$cport
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$dir/log
num.partitions=12
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
    if [ ! -f "$dir/log/meta.properties" ]; then
      java -cp "$jar" kafka.tools.StorageTool format --standalone \
        -t "$(java -cp "$jar" kafka.tools.StorageTool random-uuid)" -c "$dir/server.properties"
    fi
    nohup java -Xmx1g -cp "$jar" kafka.Kafka "$dir/server.properties" > "$dir/broker.log" 2>&1 &
    echo $! > "$dir/broker.pid"
    for _ in $(seq 1 "$wait"); do
      if (echo > /dev/tcp/127.0.0.1/"$port") 2>/dev/null; then
        java -cp "$jar" vn.citizenhub.deploy.HubTopics "127.0.0.1:$port" 12 1 1
        echo "Kafka broker on 127.0.0.1:$port (log: $dir/broker.log)"
        exit 0
      fi
      sleep 1
    done
    echo "Kafka did not start within $wait s; see $dir/broker.log" >&2
    exit 1
    ;;
  stop)
    if [ -f "$dir/broker.pid" ]; then
      kill "$(cat "$dir/broker.pid")" 2>/dev/null || true
      rm -f "$dir/broker.pid"
    fi
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
