#!/usr/bin/env bash
# Makes sure PostgreSQL (127.0.0.1:5432, trust auth, database "test"), a streaming replica of it
# (127.0.0.1:5433, read only) and MariaDB (127.0.0.1:3306, root without password, database "test")
# are running, installing and starting them from Debian's packages when they are not. Idempotent:
# what already runs is left alone. Prints what it did.
set -uo pipefail

wait_for() { # name, command...
  local name=$1; shift
  for _ in $(seq 1 60); do
    if "$@" >/dev/null 2>&1; then echo "$name is up"; return 0; fi
    sleep 1
  done
  echo "$name did not come up" >&2
  return 1
}

apt_install() {
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# ---- PostgreSQL
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  command -v pg_ctlcluster >/dev/null 2>&1 || apt_install postgresql
  version=$(ls /etc/postgresql | sort -V | tail -1)
  hba=/etc/postgresql/$version/main/pg_hba.conf
  if ! grep -q "tether-ci" "$hba"; then
    sed -i '1i host all all 127.0.0.1/32 trust # tether-ci\nhost all all ::1/128 trust # tether-ci' "$hba"
  fi
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  wait_for PostgreSQL pg_isready -h 127.0.0.1 -p 5432 -q
fi
if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1; then
  psql -h 127.0.0.1 -U postgres -d postgres -c "CREATE DATABASE test" >/dev/null && echo "created PostgreSQL database test"
fi

# ---- PostgreSQL streaming replica of 127.0.0.1:5432 on 127.0.0.1:5433 (the routing tests' replica)
# pg_basebackup -R copies the primary into a second data directory and makes it a standby that
# streams from a replication slot; pg_ctl runs it as the postgres user. A replica that is not
# running is recreated from scratch (a stale copy may miss WAL the primary no longer has).
REPLICA_PORT=${TETHER_REPLICA_PORT:-5433}
REPLICA_SLOT=tether_replica
start_replica() {
  local version bin data hba log
  version=$(ls /etc/postgresql | sort -V | tail -1)
  bin=/usr/lib/postgresql/$version/bin
  data=/var/lib/postgresql/$version/replica_$REPLICA_PORT
  hba=/etc/postgresql/$version/main/pg_hba.conf
  log=/var/log/postgresql/postgresql-$version-replica_$REPLICA_PORT.log
  if pg_isready -h 127.0.0.1 -p "$REPLICA_PORT" -q 2>/dev/null; then
    if [ "$(psql -h 127.0.0.1 -p "$REPLICA_PORT" -U postgres -d postgres -tAc 'SELECT pg_is_in_recovery()')" = t ]; then
      echo "PostgreSQL replica on port $REPLICA_PORT is up"; return 0
    fi
    echo "port $REPLICA_PORT answers but is not a replica: leaving it alone" >&2; return 1
  fi
  # replication connections from 127.0.0.1 (the entry "all" does not cover "replication")
  if ! grep -q "tether-ci-replication" "$hba"; then
    sed -i '1i host replication all 127.0.0.1/32 trust # tether-ci-replication' "$hba"
    psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT pg_reload_conf()" >/dev/null
  fi
  local wal_level
  wal_level=$(psql -h 127.0.0.1 -U postgres -d postgres -tAc "SHOW wal_level")
  if [ "$wal_level" = minimal ]; then
    echo "the primary runs with wal_level=minimal: set it to replica and restart it" >&2; return 1
  fi
  # a stale copy (stopped, crashed, or from an earlier machine state): start over
  if [ -e "$data/postmaster.pid" ]; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$data"
  psql -h 127.0.0.1 -U postgres -d postgres -tAc \
    "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '$REPLICA_SLOT' AND NOT active" >/dev/null
  install -d -o postgres -g postgres -m 700 "$data"
  runuser -u postgres -- "$bin/pg_basebackup" -h 127.0.0.1 -p 5432 -U postgres -D "$data" \
    -R -C -S "$REPLICA_SLOT" -X stream -c fast || { echo "pg_basebackup failed" >&2; return 1; }
  # Debian keeps the primary's configuration in /etc: the copy gets its own, with the settings a
  # hot standby must have at least as high as its primary.
  local settings
  settings=$(psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT string_agg(name || ' = ' || setting, E'\n') \
    FROM pg_settings WHERE name IN ('max_connections', 'max_worker_processes', 'max_wal_senders', \
    'max_prepared_transactions', 'max_locks_per_transaction')")
  cat > "$data/postgresql.conf" <<CONF
port = $REPLICA_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '/var/run/postgresql'
hba_file = '$hba'
hot_standby = on
hot_standby_feedback = on
shared_buffers = 32MB
timezone = 'UTC'
$settings
CONF
  chown postgres:postgres "$data/postgresql.conf"
  runuser -u postgres -- "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 start >/dev/null \
    || { echo "the replica did not start; see $log" >&2; return 1; }
  wait_for "PostgreSQL replica on port $REPLICA_PORT" pg_isready -h 127.0.0.1 -p "$REPLICA_PORT" -q
}
start_replica || echo "no PostgreSQL replica: the routing tests against a replica will be skipped (failed when CI=true)" >&2

# ---- MariaDB
if ! mariadb -h 127.0.0.1 -P 3306 -uroot -e "SELECT 1" >/dev/null 2>&1; then
  command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || apt_install mariadb-server
  if ! pgrep -x mariadbd >/dev/null; then
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  fi
  wait_for "MariaDB socket" mariadb -uroot -e "SELECT 1"
  # root over TCP without a password, as the tests expect
  mariadb -uroot -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD(''); \
    CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY ''; \
    GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION; FLUSH PRIVILEGES;" || true
  wait_for MariaDB mariadb -h 127.0.0.1 -P 3306 -uroot -e "SELECT 1"
fi
mariadb -h 127.0.0.1 -P 3306 -uroot -e "CREATE DATABASE IF NOT EXISTS test" && echo "MariaDB database test is ready"
