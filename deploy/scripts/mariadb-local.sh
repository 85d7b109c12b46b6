#!/usr/bin/env bash
# A local MariaDB for the hub without Docker: install (Debian), start, create the hub's databases.
#   deploy/scripts/mariadb-local.sh start             # install if missing, start if stopped, wait
#   deploy/scripts/mariadb-local.sh create-databases  # hub (hub-core), hub_web (channel-web), hub_zalo (channel-zalo),
#                                                     # hub_hotline (channel-hotline), hub_app (channel-app), hub_open311 (channel-open311)
#   deploy/scripts/mariadb-local.sh stop
# Connects as root with an empty password on 127.0.0.1:3306 unless MARIADB_ROOT_PASSWORD is set.
set -euo pipefail
cmd=${1:-start}
host=127.0.0.1
password=${MARIADB_ROOT_PASSWORD:-}

client() {
  if command -v mariadb >/dev/null 2>&1; then mariadb "$@"; else mysql "$@"; fi
}

alive() {
  client -h "$host" -P 3306 -u root ${password:+-p"$password"} -e 'SELECT 1' >/dev/null 2>&1
}

case "$cmd" in
  start)
    if alive; then echo "MariaDB is running on $host:3306"; exit 0; fi
    if [ ! -x /usr/sbin/mariadbd ]; then
      echo "Installing MariaDB from Debian's packages"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
    fi
    mkdir -p /run/mysqld
    chown mysql:mysql /run/mysqld 2>/dev/null || true
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- \
      --user=mysql --bind-address=127.0.0.1
    for _ in $(seq 1 60); do
      if alive; then echo "MariaDB started on $host:3306"; exit 0; fi
      sleep 1
    done
    echo "MariaDB did not start within 60 s" >&2
    exit 1
    ;;
  create-databases)
    for db in hub hub_web hub_zalo hub_hotline hub_app hub_open311; do
      client -h "$host" -P 3306 -u root ${password:+-p"$password"} -e \
        "CREATE DATABASE IF NOT EXISTS $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    done
    echo "Databases hub, hub_web, hub_zalo, hub_hotline, hub_app and hub_open311 are ready"
    ;;
  stop)
    start-stop-daemon --stop --oknodo --exec /usr/sbin/mariadbd
    ;;
  *)
    echo "usage: $0 start|create-databases|stop" >&2
    exit 2
    ;;
esac
