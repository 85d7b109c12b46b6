#!/usr/bin/env bash
# Creates the hub's Kafka topics on a cluster and brings their settings to what the hub needs.
# Safe to run after every deploy: an existing topic keeps its partitions and data.
# Runs inside the apache/kafka image (the compose `topics` job and the Kubernetes `hub-topics` Job
# do exactly that); elsewhere point KAFKA_BIN at a Kafka distribution's bin/ folder.
#
# Environment (defaults in brackets):
#   KAFKA_BOOTSTRAP_SERVERS  brokers to ask [kafka-1:9092,kafka-2:9092,kafka-3:9092]
#   HUB_TOPIC_PARTITIONS     partitions of the intake, ticket-event and notify topics [12]; the
#                            most hub-core consumers that can work in parallel. Raising it later
#                            moves keys to other partitions, so plan it once.
#   HUB_TOPIC_REPLICATION    copies of every partition [3]
#   HUB_TOPIC_MIN_ISR        copies that must have a write before acks=all succeeds [2]: one broker
#                            can be down (a rolling restart) and no acknowledged intake is lost
#   HUB_KAFKA_WAIT_SECONDS   how long to wait for enough brokers [300]
#   KAFKA_BIN                where kafka-topics.sh and friends are [/opt/kafka/bin]
set -euo pipefail

bootstrap="${KAFKA_BOOTSTRAP_SERVERS:-kafka-1:9092,kafka-2:9092,kafka-3:9092}"
partitions="${HUB_TOPIC_PARTITIONS:-12}"
replication="${HUB_TOPIC_REPLICATION:-3}"
min_isr="${HUB_TOPIC_MIN_ISR:-2}"
wait_seconds="${HUB_KAFKA_WAIT_SECONDS:-300}"
kafka_bin="${KAFKA_BIN:-/opt/kafka/bin}"

# Fourteen days on the working topics: long enough to replay after a long outage of a consumer.
working_retention_ms=1209600000
# The dead-letter topic is read by people, who may look days or weeks later: it keeps everything
# until an operator deletes it, and one partition keeps it in arrival order.
dlq_retention_ms=-1

# A replication factor of 3 cannot be met until 3 brokers have registered.
wait_for_brokers() {
  local deadline=$((SECONDS + wait_seconds)) brokers
  while true; do
    brokers=$("$kafka_bin/kafka-broker-api-versions.sh" --bootstrap-server "$bootstrap" 2>/dev/null \
      | grep -c '(id: ' || true)
    if [ "$brokers" -ge "$replication" ]; then
      echo "$brokers brokers up"
      return 0
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "only $brokers of $replication brokers after ${wait_seconds}s at $bootstrap" >&2
      return 1
    fi
    sleep 5
  done
}

# create TOPIC PARTITIONS RETENTION_MS
create() {
  local topic="$1" topic_partitions="$2" retention_ms="$3"
  "$kafka_bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --create --if-not-exists \
    --topic "$topic" --partitions "$topic_partitions" --replication-factor "$replication" \
    --config "min.insync.replicas=$min_isr" --config "retention.ms=$retention_ms"
  # --if-not-exists leaves an existing topic alone (one made by an older run or by hand), so
  # its settings are brought in line here too.
  "$kafka_bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --alter \
    --entity-type topics --entity-name "$topic" \
    --add-config "min.insync.replicas=$min_isr,retention.ms=$retention_ms"
}

wait_for_brokers
create hub.intake.v1 "$partitions" "$working_retention_ms"
create hub.ticket-events.v1 "$partitions" "$working_retention_ms"
create hub.notify.v1 "$partitions" "$working_retention_ms"
create hub.intake.dlq.v1 1 "$dlq_retention_ms"
"$kafka_bin/kafka-topics.sh" --bootstrap-server "$bootstrap" --describe --topic 'hub\..*'
