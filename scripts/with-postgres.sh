#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL server.
#
#   scripts/with-postgres.sh COMMAND [ARGS...]
#
# Starts a private PostgreSQL server (initdb into a fresh temp dir, listening
# on a free port on 127.0.0.1 only), creates the database `accord_test`,
# exports
#
#   ACCORD_TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:PORT/accord_test
#
# and runs COMMAND. The server is always stopped and the temp dir removed
# afterwards (also on Ctrl-C / SIGTERM). Exit code: COMMAND's exit code, or 1
# if the server could not be set up (this script never silently skips).
#
# Binaries: initdb/pg_ctl/postgres from PATH, else the highest version under
# /usr/lib/postgresql/*/bin; as a last resort (root + apt-get) the
# `postgresql` package is installed. When run as root (initdb refuses root)
# the server runs as the unprivileged `postgres` user, created if missing.
# The server runs with fsync=off: it is for tests only.

set -euo pipefail

PROG=with-postgres
DB_NAME=accord_test
DB_USER=postgres

log() { printf '%s: %s\n' "$PROG" "$*" >&2; }
die() { printf '%s: error: %s\n' "$PROG" "$*" >&2; exit 1; }

if [ "$#" -eq 0 ]; then
    printf 'usage: %s COMMAND [ARGS...]\n' "$0" >&2
    exit 2
fi

# ---------------------------------------------------------------- state + cleanup
TMP=""           # temp dir (data dir, logs, unix socket)
PG_BIN=""        # directory holding pg_ctl etc.
SERVER_STARTED=0
CHILD_PID=""     # pid of COMMAND while it runs
CLEANED=0
RUN_AS=()        # prefix to run server-side commands (runuser as postgres when root)

as_pg() { "${RUN_AS[@]}" "$@"; }

cleanup() {
    local rc=$?
    set +e
    [ "$CLEANED" = 1 ] && return "$rc"
    CLEANED=1
    if [ "$SERVER_STARTED" = 1 ] && [ -n "$TMP" ] && [ -f "$TMP/data/postmaster.pid" ]; then
        if ! (cd "$TMP" && as_pg "$PG_BIN/pg_ctl" -D "$TMP/data" -m fast -w -t 30 stop) \
                >>"$TMP/pg_ctl.log" 2>&1; then
            log "fast shutdown failed, using immediate shutdown"
            (cd "$TMP" && as_pg "$PG_BIN/pg_ctl" -D "$TMP/data" -m immediate -w -t 30 stop) \
                >>"$TMP/pg_ctl.log" 2>&1
        fi
    fi
    if [ -n "$TMP" ] && [ -d "$TMP" ]; then
        rm -rf -- "$TMP"
    fi
    return "$rc"
}

# Signal handler: pass the signal on to COMMAND (if running), wait for it,
# then exit (which runs cleanup via the EXIT trap).
on_signal() {
    local sig=$1 code=$2 i
    set +e
    trap '' INT TERM   # don't re-enter while shutting down
    if [ -n "$CHILD_PID" ] && kill -0 "$CHILD_PID" 2>/dev/null; then
        if [ "$sig" = INT ]; then
            # Ctrl-C in a terminal already reached COMMAND (same process
            # group); give it a moment to finish on its own before TERM.
            for i in $(seq 50); do
                kill -0 "$CHILD_PID" 2>/dev/null || break
                sleep 0.1
            done
        fi
        kill -TERM "$CHILD_PID" 2>/dev/null
        for i in $(seq 100); do
            kill -0 "$CHILD_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$CHILD_PID" 2>/dev/null
        wait "$CHILD_PID" 2>/dev/null
    fi
    log "interrupted (SIG$sig), stopping server"
    exit "$code"
}

trap cleanup EXIT
trap 'on_signal INT 130' INT
trap 'on_signal TERM 143' TERM

# ---------------------------------------------------------------- 1. binaries
# Print a directory holding initdb, pg_ctl and postgres side by side
# (pg_ctl starts the `postgres` found next to itself).
complete_bin_dir() {
    [ -x "$1/initdb" ] && [ -x "$1/pg_ctl" ] && [ -x "$1/postgres" ]
}
find_pg_bin() {
    local d p
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 \
            && command -v postgres >/dev/null 2>&1; then
        p=$(command -v pg_ctl)
        # Resolve symlinks (e.g. /usr/local/bin/pg_ctl -> /usr/lib/postgresql/15/bin/pg_ctl)
        # so that createdb/psql come from the same installation.
        d=$(dirname -- "$(readlink -f -- "$p" 2>/dev/null || printf '%s' "$p")")
        if complete_bin_dir "$d"; then printf '%s\n' "$d"; return 0; fi
        d=$(dirname -- "$p")
        if complete_bin_dir "$d"; then printf '%s\n' "$d"; return 0; fi
    fi
    while IFS= read -r d; do
        d=${d%/}
        if [ -n "$d" ] && complete_bin_dir "$d"; then printf '%s\n' "$d"; return 0; fi
    done < <(shopt -s nullglob; for d in /usr/lib/postgresql/*/bin; do printf '%s\n' "$d"; done | sort -rV)
    return 1
}

if ! PG_BIN=$(find_pg_bin); then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        log "PostgreSQL not found, installing it with apt-get"
        apt-get update -qq >&2 || die "apt-get update failed"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 \
            || die "apt-get install postgresql failed"
    fi
    PG_BIN=$(find_pg_bin) || die "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found in PATH or /usr/lib/postgresql/*/bin"
fi

# createdb/psql: same installation if possible, else from PATH.
CREATEDB=""
PSQL=""
if [ -x "$PG_BIN/createdb" ]; then CREATEDB="$PG_BIN/createdb"
elif command -v createdb >/dev/null 2>&1; then CREATEDB=$(command -v createdb)
elif [ -x "$PG_BIN/psql" ]; then PSQL="$PG_BIN/psql"
elif command -v psql >/dev/null 2>&1; then PSQL=$(command -v psql)
else die "neither createdb nor psql found (looked in $PG_BIN and PATH)"
fi

PG_VERSION=$("$PG_BIN/postgres" --version 2>/dev/null || echo "postgres (unknown version)")
log "using $PG_BIN ($PG_VERSION)"

# ---------------------------------------------------------------- 2. temp dir + user
if [ "$(id -u)" = 0 ]; then
    # initdb refuses to run as root: run the server as `postgres`.
    # Use /tmp (not $TMPDIR) so the postgres user can surely reach it.
    command -v runuser >/dev/null 2>&1 || die "running as root but runuser is not available"
    if ! id -u postgres >/dev/null 2>&1; then
        log "creating system user postgres"
        useradd --system --user-group --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin postgres >&2 || die "could not create user postgres"
    fi
    RUN_AS=(runuser -u postgres --)
    TMP=$(mktemp -d /tmp/with-postgres.XXXXXX) || die "mktemp failed"
    chown postgres: "$TMP" || die "could not chown $TMP to postgres"
else
    RUN_AS=(env)
    TMP=$(mktemp -d "${TMPDIR:-/tmp}/with-postgres.XXXXXX") || die "mktemp failed"
fi
chmod 700 "$TMP"

# Don't let the caller's libpq environment leak into our tools.
unset PGHOST PGHOSTADDR PGPORT PGDATABASE PGUSER PGPASSWORD PGSERVICE PGOPTIONS PGDATA \
      PGSSLMODE PGTZ PGCLIENTENCODING 2>/dev/null || true

# ---------------------------------------------------------------- 3. initdb
run_initdb() {
    local locale=$1
    rm -rf -- "$TMP/data"
    (cd "$TMP" && as_pg "$PG_BIN/initdb" -D "$TMP/data" -A trust -U "$DB_USER" \
        --encoding=UTF8 --locale="$locale") >"$TMP/initdb.log" 2>&1
}

if ! run_initdb C.UTF-8; then
    cp "$TMP/initdb.log" "$TMP/initdb-C.UTF-8.log" 2>/dev/null || true
    if ! run_initdb C; then
        log "initdb failed; log (locale C.UTF-8):"
        cat "$TMP/initdb-C.UTF-8.log" >&2 || true
        log "initdb log (locale C):"
        cat "$TMP/initdb.log" >&2 || true
        die "initdb failed"
    fi
    log "locale C.UTF-8 unavailable, initialised with locale C"
fi

# ---------------------------------------------------------------- 4. start server
free_port() {
    python3 -c 'import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

PORT=""
for attempt in 1 2 3; do
    PORT=$(free_port) || die "could not find a free TCP port (python3 needed)"
    rm -f -- "$TMP/pg.log"
    SERVER_STARTED=1   # from here on, cleanup tries to stop it
    if (cd "$TMP" && as_pg "$PG_BIN/pg_ctl" -w -t 60 -D "$TMP/data" -l "$TMP/pg.log" \
            -o "-h 127.0.0.1 -p $PORT -k '$TMP' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start) >"$TMP/pg_ctl.log" 2>&1; then
        break
    fi
    # A concurrent process may have grabbed the port between probe and bind:
    # retry with another one, unless this was the last attempt.
    if [ "$attempt" = 3 ] || ! grep -q 'could not bind\|Address already in use' "$TMP/pg.log" 2>/dev/null; then
        log "server failed to start; pg_ctl output:"
        tail -n 20 "$TMP/pg_ctl.log" >&2 || true
        log "server log (tail):"
        tail -n 30 "$TMP/pg.log" >&2 || true
        die "could not start PostgreSQL"
    fi
    log "port $PORT was taken, retrying"
    # make sure nothing half-started is left before retrying
    (cd "$TMP" && as_pg "$PG_BIN/pg_ctl" -D "$TMP/data" -m immediate -w stop) >/dev/null 2>&1 || true
done
log "server started on 127.0.0.1:$PORT (data in $TMP)"

# ---------------------------------------------------------------- 5. database
if [ -n "$CREATEDB" ]; then
    "$CREATEDB" -h 127.0.0.1 -p "$PORT" -U "$DB_USER" "$DB_NAME" >"$TMP/createdb.log" 2>&1 \
        || { cat "$TMP/createdb.log" >&2; die "createdb $DB_NAME failed"; }
else
    "$PSQL" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U "$DB_USER" -d postgres \
        -c "CREATE DATABASE $DB_NAME" >"$TMP/createdb.log" 2>&1 \
        || { cat "$TMP/createdb.log" >&2; die "CREATE DATABASE $DB_NAME failed"; }
fi

# ---------------------------------------------------------------- 6. run command
export ACCORD_TEST_DATABASE_URL="postgresql+psycopg://$DB_USER@127.0.0.1:$PORT/$DB_NAME"
log "ACCORD_TEST_DATABASE_URL=$ACCORD_TEST_DATABASE_URL"
log "running: $*"

# Run in the background so that a SIGTERM to this script is handled at once
# (bash defers traps while a foreground command runs). Background jobs of a
# non-interactive shell get SIGINT/SIGQUIT ignored and stdin from /dev/null;
# undo both so the command behaves as if run in the foreground.
( trap - INT QUIT; exec "$@" ) <&0 &
CHILD_PID=$!
rc=0
wait "$CHILD_PID" || rc=$?
CHILD_PID=""
exit "$rc"
