#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests that run against both stores
# (the *_pg CTest variants, tests/support/PgTestSupport.h).
#
#   pg_cluster.sh start STATE_DIR   stop any earlier cluster recorded there, make
#                                   a fresh one, write url, pgpass, port, datadir
#   pg_cluster.sh stop STATE_DIR    stop it, delete its folder and those files
#
# Both are idempotent. The cluster lives in a fresh mktemp -d folder (data/,
# socket/, postgres.log). initdb and the server refuse to run as root, so as
# root (us and CI) they run as the Debian `postgres` system user; as anyone
# else they run as that user. The superuser is firebreak_admin with a random
# password that only STATE_DIR/pgpass (libpq's format, 0600) holds: the url
# file never carries it. The server listens on 127.0.0.1 only; its unix
# socket (trust) sits in the 0700 folder, so only its owner and root reach it.
set -euo pipefail
# PGDATA, PGPORT... from the caller's shell must not steer pg_ctl or psql.
unset "${!PG@}"

prog=pg_cluster.sh
admin=firebreak_admin
marker=firebreak-pg-cluster # in every folder we make; nothing else is deleted
die() {
    echo "$prog: $*" >&2
    exit 1
}

usage() { die "usage: $prog start|stop STATE_DIR"; }
(($# == 2)) || usage
mode=$1
[[ $mode == start || $mode == stop ]] || usage
mkdir -p -- "$2"
state=$(cd -- "$2" && pwd)
files=(url pgpass port datadir)

bindir=${FIREBREAK_PG_BINDIR:-}
find_bindir() {
    [[ -n $bindir ]] && return
    local d
    # Highest major version first (sort -V), the one with a server.
    for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -rV); do
        [[ -x $d/initdb && -x $d/pg_ctl && -x $d/postgres && -x $d/psql ]] && { bindir=$d; return; }
    done
    die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: run installers/bootstrap.sh test" \
        "(or set FIREBREAK_PG_BINDIR)"
}

# Runs a command as the user owning folder $1 (runuser when we are root).
# cd / first: the server's user may not be allowed into the caller's folder.
as_owner() {
    local owner
    owner=$(stat -c %U -- "$1")
    shift
    if ((EUID == 0)) && [[ $owner != root ]]; then
        (cd / && runuser -u "$owner" -- "$@")
    else
        (cd / && "$@")
    fi
}

# Stops the cluster in folder $1 and deletes the folder.
stop_folder() {
    local tmp=$1
    [[ -d $tmp ]] || return 0
    [[ -f $tmp/$marker ]] || die "$tmp has no $marker file: not made by $prog, leaving it"
    if [[ -f $tmp/data/postmaster.pid ]]; then
        find_bindir
        # A stale pid file (server killed) makes "stop" fail: only a server
        # that is still running after both attempts is an error.
        as_owner "$tmp" "$bindir/pg_ctl" -D "$tmp/data" -m fast -w -t 60 stop >/dev/null 2>&1 ||
            as_owner "$tmp" "$bindir/pg_ctl" -D "$tmp/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
        if as_owner "$tmp" "$bindir/pg_ctl" -D "$tmp/data" status >/dev/null 2>&1; then
            die "could not stop the PostgreSQL server in $tmp/data (see $tmp/postgres.log)"
        fi
    fi
    rm -rf -- "$tmp"
}

# The recorded cluster, and any folder whose marker names this STATE_DIR
# (left running when a build directory was wiped mid-run).
stop_all() {
    local tmp
    if [[ -f $state/datadir ]]; then
        stop_folder "$(<"$state/datadir")"
    fi
    for tmp in "${TMPDIR:-/tmp}"/firebreak-pg.*; do
        [[ -r $tmp/$marker && $(<"$tmp/$marker") == "$state" ]] && stop_folder "$tmp"
    done
    for f in "${files[@]}"; do rm -f -- "${state:?}/$f"; done
}

# True if any TCP socket (v4 or v6, any state) uses local port $1. Reads
# /proc so it needs neither ss (iproute2) nor python3.
port_in_use() {
    local hex f local_addr
    hex=$(printf '%04X' "$1")
    for f in /proc/net/tcp /proc/net/tcp6; do
        [[ -r $f ]] || continue
        while read -r _ local_addr _; do
            [[ ${local_addr##*:} == "$hex" ]] && return 0
        done <"$f"
    done
    return 1
}

if [[ $mode == stop ]]; then
    stop_all
    exit 0
fi

# ---- start
find_bindir
if ((EUID == 0)); then
    command -v runuser >/dev/null || die "runuser not found (util-linux): needed to run PostgreSQL as a non-root user"
    id postgres >/dev/null 2>&1 ||
        die "system user 'postgres' not found (the postgresql package creates it): run installers/bootstrap.sh test"
fi
stop_all

tmp=$(mktemp -d "${TMPDIR:-/tmp}/firebreak-pg.XXXXXXXX")
printf '%s' "$state" >"$tmp/$marker"
echo "$tmp" >"$state/datadir" # first, so a failure below is cleaned up by stop
started=0
on_exit() {
    ((started)) && return
    [[ -f $tmp/postgres.log ]] && tail -n 20 "$tmp/postgres.log" >&2
    [[ -f $tmp/pg_ctl.log ]] && cat "$tmp/pg_ctl.log" >&2
    echo "$prog: start failed, cleaning up" >&2
    stop_all || true
}
trap on_exit EXIT

# Hex, so pgpass needs no escaping of ':' or '\'.
password=$(od -An -tx1 -N24 /dev/urandom | tr -d ' \n')
(umask 077 && printf '%s\n' "$password" >"$tmp/pwfile")
mkdir -m 0700 "$tmp/socket"
if ((EUID == 0)); then
    chown -R postgres: "$tmp"
    as_owner "$tmp" test -w "$tmp" ||
        die "user postgres cannot write to $tmp: set TMPDIR to a folder it can reach, such as /tmp"
fi

# --no-sync and fsync=off: nothing here must survive a crash, speed matters.
as_owner "$tmp" "$bindir/initdb" -D "$tmp/data" -U "$admin" --pwfile="$tmp/pwfile" -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 --no-sync --no-instructions >"$tmp/initdb.log" 2>&1 ||
    { cat "$tmp/initdb.log" >&2 && die "initdb failed"; }
rm -f -- "$tmp/pwfile"
# Appended settings win over initdb's. max_connections is pinned: initdb
# lowers it on small machines and parallel tests each hold a few.
cat >>"$tmp/data/postgresql.conf" <<EOF

# $prog: throw-away test cluster
listen_addresses = '127.0.0.1'
unix_socket_directories = '$tmp/socket'
max_connections = 100
shared_buffers = 16MB
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

# Another cluster (a second build directory's run) may take the port between
# our look and the server's bind: then try the next one.
port=55432
for ((attempt = 0; ; attempt++)); do
    ((attempt < 20)) || die "no free port found from 55432 upwards"
    while port_in_use "$port"; do port=$((port + 1)); done
    rm -f -- "$tmp/postgres.log"
    if as_owner "$tmp" "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/postgres.log" -o "-c port=$port" -w -t 60 start \
        >"$tmp/pg_ctl.log" 2>&1; then
        break
    fi
    grep -q 'could not bind' "$tmp/postgres.log" 2>/dev/null || die "the PostgreSQL server did not start"
    port=$((port + 1))
done

url="postgresql://$admin@127.0.0.1:$port/postgres"
(umask 077 && printf '127.0.0.1:%s:*:%s:%s\n' "$port" "$admin" "$password" >"$state/pgpass")
echo "$port" >"$state/port"
# Proves the way the tests connect: TCP, password from PGPASSFILE, no prompt.
PGPASSFILE=$state/pgpass "$bindir/psql" -X -w -q -At -d "$url" -c 'SELECT 1' >/dev/null ||
    die "cannot connect to $url with $state/pgpass"
echo "$url" >"$state/url" # last: its presence means the cluster is ready
started=1
read -r _ _ version _ < <("$bindir/pg_ctl" --version) # pg_ctl (PostgreSQL) 15.x (Debian...)
echo "PostgreSQL $version test cluster at $url (folder $tmp)"
