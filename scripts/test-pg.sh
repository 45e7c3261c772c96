#!/usr/bin/env bash
# shellcheck shell=bash
# A throwaway PostgreSQL cluster for the hub tests: initdb in a temporary folder, pg_ctl on a
# free local port (TCP on 127.0.0.1 only, no system service), trust authentication for local
# connections only. Sourced by scripts/test.sh; `start_test_pg` exports MADOGUCHI_TEST_PG (the
# cluster's superuser URL; each test makes its own database and an ordinary role from it) and
# `stop_test_pg` stops the cluster and removes the folder.
#
# initdb refuses to run as root: as root the cluster is made and run by `nobody`. The server's
# options are MADOGUCHI_TEST_PG_OPTS (default: fsync and full-page writes off, for tests; the
# benchmark sets it empty, for the server's defaults).
#
# On its own: `scripts/test-pg.sh` starts a cluster, prints `export MADOGUCHI_TEST_PG=…` and
# the command that stops it, and leaves it running.

_mg_pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

_mg_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start_test_pg() {
  local bin port dir run=()
  bin="$(_mg_pg_bin)" || { echo "PostgreSQL (initdb) not found: install postgresql" >&2; return 1; }
  dir="$(mktemp -d "${TMPDIR:-/tmp}/madoguchi-pg.XXXXXX")"
  port="$(_mg_free_port)"
  if [ "$(id -u)" -eq 0 ]; then
    chown nobody "$dir"
    run=(runuser -u nobody --)
  fi
  chmod 700 "$dir"
  "${run[@]}" "$bin/initdb" -D "$dir/data" --no-sync -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 ${MADOGUCHI_TEST_PG_OPTS--c fsync=off -c full_page_writes=off}" start >/dev/null \
    || { cat "$dir/server.log" >&2; return 1; }
  MADOGUCHI_TEST_PG_DIR="$dir"
  MADOGUCHI_TEST_PG_BIN="$bin"
  MADOGUCHI_TEST_PG="postgresql://postgres@127.0.0.1:$port/postgres"
  export MADOGUCHI_TEST_PG MADOGUCHI_TEST_PG_DIR MADOGUCHI_TEST_PG_BIN
  echo "PostgreSQL test cluster on port $port ($dir)"
}

stop_test_pg() {
  local dir="${MADOGUCHI_TEST_PG_DIR:-}" run=()
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  [ "$(id -u)" -eq 0 ] && run=(runuser -u nobody --)
  "${run[@]}" "$MADOGUCHI_TEST_PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  unset MADOGUCHI_TEST_PG MADOGUCHI_TEST_PG_DIR
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  start_test_pg >&2
  echo "export MADOGUCHI_TEST_PG=$MADOGUCHI_TEST_PG"
  echo "# stop: MADOGUCHI_TEST_PG_DIR=$MADOGUCHI_TEST_PG_DIR MADOGUCHI_TEST_PG_BIN=$MADOGUCHI_TEST_PG_BIN bash -c 'source scripts/test-pg.sh; stop_test_pg'"
fi
