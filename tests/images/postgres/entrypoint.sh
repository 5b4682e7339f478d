#!/bin/sh
# The official image's start-up, reduced: on an empty data directory, initdb with POSTGRES_USER/PASSWORD, create
# POSTGRES_DB, run /docker-entrypoint-initdb.d/*.sql and *.sh on the Unix socket only; then serve on every address.
set -eu
cd /tmp
# As the official image: options alone are options for the server.
case "${1:-}" in -*) set -- postgres "$@" ;; esac
user="${POSTGRES_USER:-postgres}"
database="${POSTGRES_DB:-$user}"
mkdir -p "$PGDATA" /var/run/postgresql
chown postgres:postgres "$PGDATA" /var/run/postgresql
chmod 700 "$PGDATA"
as_postgres() { setpriv --reuid=postgres --regid=postgres --init-groups sh -c "$*"; }
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  printf '%s' "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}" > /tmp/pwfile
  chown postgres /tmp/pwfile
  as_postgres "initdb -D '$PGDATA' --username='$user' --pwfile=/tmp/pwfile --auth-local=trust --auth-host=scram-sha-256 >/dev/null"
  rm -f /tmp/pwfile
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  as_postgres "pg_ctl -D '$PGDATA' -o \"-c listen_addresses=''\" -w start >/dev/null"
  if [ "$database" != postgres ]; then
    as_postgres "psql -v ON_ERROR_STOP=1 -q -U '$user' -d postgres -c 'CREATE DATABASE \"$database\"'"
  fi
  for script in /docker-entrypoint-initdb.d/*; do
    case "$script" in
      *.sql) as_postgres "psql -v ON_ERROR_STOP=1 -q -U '$user' -d '$database' -f '$script'" ;;
      *.sh) . "$script" ;;
    esac
  done
  as_postgres "pg_ctl -D '$PGDATA' -m fast -w stop >/dev/null"
  echo "PostgreSQL init process complete; ready for start up."
fi
if [ "$1" = postgres ]; then
  shift
  exec setpriv --reuid=postgres --regid=postgres --init-groups postgres -D "$PGDATA" -c listen_addresses='*' "$@"
fi
exec "$@"
