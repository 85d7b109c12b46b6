#!/usr/bin/env bash
# A MariaDB of the benchmarks' own, sized for a province's million tickets: a buffer pool that
# holds the working set (the packaged default, 128 MiB, holds a twentieth of it), otherwise
# MariaDB's defaults, durable commits included. Its own data folder and port, so that the
# machine's MariaDB (3306, the tests') is left alone.
#   bench/scripts/mariadb-bench.sh start   # install if missing, create the folder if new, start
#   bench/scripts/mariadb-bench.sh stop
# BENCH_DB_DIR (/var/tmp/hub-bench-mariadb), BENCH_DB_PORT (3316), BENCH_DB_BUFFER_POOL (2G).
# Connects as root with an empty password on 127.0.0.1, as the machine's own server does.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=${BENCH_DB_DIR:-/var/tmp/hub-bench-mariadb}
port=${BENCH_DB_PORT:-3316}
pool=${BENCH_DB_BUFFER_POOL:-2G}
socket="$dir/mariadb.sock"

alive() { mariadb -h 127.0.0.1 -P "$port" -u root -e 'SELECT 1' >/dev/null 2>&1; }

case "${1:-start}" in
  start)
    if alive; then echo "benchmark MariaDB is running on 127.0.0.1:$port"; exit 0; fi
    [ -x /usr/sbin/mariadbd ] || deploy/scripts/mariadb-local.sh start   # installs the package
    fresh=0
    if [ ! -d "$dir/mysql" ]; then
      mkdir -p "$dir"
      chown mysql:mysql "$dir"
      mariadb-install-db --user=mysql --datadir="$dir" >/dev/null
      fresh=1
    fi
    nohup /usr/sbin/mariadbd --no-defaults --user=mysql --datadir="$dir" --port="$port" \
      --bind-address=127.0.0.1 --socket="$socket" --pid-file="$dir/mariadb.pid" \
      --innodb-buffer-pool-size="$pool" --character-set-server=utf8mb4 \
      --collation-server=utf8mb4_unicode_ci --log-error="$dir/mariadb.err" >/dev/null 2>&1 &
    for _ in $(seq 1 60); do
      mariadb -S "$socket" -u root -e 'SELECT 1' >/dev/null 2>&1 && break
      sleep 1
    done
    if [ "$fresh" = 1 ]; then
      # A new server lets root in through its socket only; the bench connects over TCP.
      mariadb -S "$socket" -u root -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA
        mysql_native_password USING PASSWORD(''); FLUSH PRIVILEGES;"
    fi
    alive || { echo "benchmark MariaDB did not start: $dir/mariadb.err" >&2; exit 1; }
    echo "benchmark MariaDB on 127.0.0.1:$port (buffer pool $pool, data in $dir)"
    ;;
  stop)
    [ -f "$dir/mariadb.pid" ] && kill "$(cat "$dir/mariadb.pid")" 2>/dev/null || true
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
