#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the store tests and prints its connection string.
#
#   eng/postgres.sh [start] [DIR]   install PostgreSQL if missing, initdb in DIR (default: a fixed temp dir), start
#   eng/postgres.sh stop [DIR]      stop the server
#   eng/postgres.sh status [DIR]
#
# The server listens on 127.0.0.1:${SITREP_PG_PORT:-55432}, trusts local connections and runs with fsync off:
# for tests only. Running start twice is harmless. Use the printed string as SITREP_TEST_PG:
#   export SITREP_TEST_PG="$(eng/postgres.sh | tail -n 1)"
set -euo pipefail

cmd="${1:-start}"
dir="${2:-${SITREP_PG_DIR:-${TMPDIR:-/tmp}/sitrep-pg}}"
port="${SITREP_PG_PORT:-55432}"
conn="Host=127.0.0.1;Port=${port};Username=postgres;Database=postgres"

pg_bin() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -z "$bin" ]] && command -v pg_config >/dev/null; then bin="$(pg_config --bindir)"; fi
  echo "$bin"
}

install_postgres() {
  if [[ -n "$(pg_bin)" && -x "$(pg_bin)/initdb" ]]; then return; fi
  echo "installing postgresql ..." >&2
  for attempt in 1 2 3 4 5 6; do
    if apt-get install -y -q postgresql >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q postgresql >/dev/null 2>&1; }; then
      return
    fi
    echo "apt busy or failed (attempt $attempt), retrying ..." >&2
    sleep 10
  done
  echo "could not install postgresql" >&2
  exit 1
}

# Runs a PostgreSQL binary as the postgres user when we are root (the server refuses to run as root).
as_pg() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

running() { [[ -f "$dir/data/postmaster.pid" ]] && as_pg "$(pg_bin)/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; }

case "$cmd" in
  start)
    install_postgres
    bin="$(pg_bin)"
    mkdir -p "$dir"
    if [[ "$(id -u)" == 0 ]]; then chown postgres:postgres "$dir"; fi
    if [[ ! -f "$dir/data/PG_VERSION" ]]; then
      as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    if ! running; then
      as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null || { tail -n 20 "$dir/log" >&2; exit 1; }
    fi
    echo "$conn"
    ;;
  stop)
    if running; then as_pg "$(pg_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; fi
    echo "stopped" >&2
    ;;
  status)
    if running; then echo "running: $conn"; else echo "not running"; exit 3; fi
    ;;
  *)
    echo "usage: $0 [start|stop|status] [DIR]" >&2
    exit 2
    ;;
esac
