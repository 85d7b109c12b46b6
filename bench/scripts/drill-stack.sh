# Sourced by the drills (bench/drill-database.sh, bench/drill-zalo.sh): the all-in-one jar and a
# MariaDB and a Kafka broker of the drill's own (never the machine's shared server on 3306), started
# fresh and stopped when the drill ends, however it ends. The caller sets, before sourcing:
#   dir         the drill's working folder (./data/drill-…)
#   db_port     its MariaDB port;  db_name the database made anew on it;  db_data the data folder
#   kafka_port  its Kafka broker's port (the controller takes the next one)
# and gets: jar (the hub's jar), drivers (the class path of bench's drivers), db_url (JDBC, without options), mariadb_env, kafka_env, and the
# functions start_hub_stack, wait_for_hub and the trap that stops everything.

mariadb_env=(BENCH_DB_DIR="$db_data" BENCH_DB_PORT="$db_port" BENCH_DB_BUFFER_POOL=256M)
kafka_env=(KAFKA_LOCAL_DIR="$dir/kafka" KAFKA_LOCAL_PORT="$kafka_port"
  KAFKA_LOCAL_CONTROLLER_PORT=$((kafka_port + 1)) KAFKA_LOCAL_WAIT=300)
db_url="jdbc:mysql://127.0.0.1:$db_port/$db_name"
# What the hub's own connections add to db_url: batched and cached statements, as deployed.
db_url_options="rewriteBatchedStatements=true&useServerPrepStmts=true&cachePrepStmts=true&characterEncoding=UTF-8"
jar=$dir/deploy.jar
drivers=$dir/bench.jar:$jar
hub=

stop_hub_stack() {
  [ -n "$hub" ] && kill "$hub" 2>/dev/null || true
  env "${kafka_env[@]}" deploy/scripts/kafka-local.sh stop || true
  env "${mariadb_env[@]}" bench/scripts/mariadb-bench.sh stop || true
}

# Builds the jar unless DRILL_SKIP_BUILD=1, then starts a fresh MariaDB database and Kafka log.
start_hub_stack() {
  [ "${DRILL_SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B -ntp package -DskipTests -pl bench -am
  mkdir -p "$dir"
  rm -rf "$dir/kafka" "$dir/hub"
  cp "$(ls deploy/target/deploy-*.jar | grep -v original | head -1)" "$jar"
  cp "$(ls bench/target/bench-*.jar | head -1)" "$dir/bench.jar"
  trap stop_hub_stack EXIT
  env "${mariadb_env[@]}" bench/scripts/mariadb-bench.sh start
  mariadb -h 127.0.0.1 -P "$db_port" -u root -e "DROP DATABASE IF EXISTS $db_name;
    CREATE DATABASE $db_name CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  env "${kafka_env[@]}" deploy/scripts/kafka-local.sh start
}

# Waits up to 400 s for the hub's health on the management port; stops the drill if it never comes.
wait_for_hub() {
  local health_url=$1
  for _ in $(seq 1 400); do curl -sf "$health_url" >/dev/null && break; sleep 1; done
  curl -sf "$health_url" >/dev/null || { echo "the hub did not start; see $dir/hub.log" >&2; exit 1; }
  echo "hub on :$port (pid $hub), its MariaDB on :$db_port, Kafka on :$kafka_port; logs in $dir"
}
