# A throwaway PostgreSQL server for the tests (issue 16): Debian's postgresql package, a cluster made by
# initdb in a temporary folder, listening on a Unix socket in that folder only (no TCP port at all), and
# stopped and deleted when the calling script exits. Sourced by scripts/test after scripts/setup.
#
#   start_throwaway_postgres   sets REFURB_TEST_POSTGRES_URL=postgres://refurb@/postgres?host=FOLDER
#
# As root the server runs as the postgres system user (PostgreSQL refuses to run as root), through runuser.
# When no server binaries are found it says so and leaves REFURB_TEST_POSTGRES_URL unset: the PostgreSQL
# half of the contract tests then skips with that reason, and the SQLite half still runs.

start_throwaway_postgres() {
    local bin
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "PostgreSQL's server (Debian package postgresql) is not installed: the PostgreSQL contract tests will skip."
        return 0
    fi
    local folder run_as=()
    folder="$(mktemp -d /tmp/refurb-pg.XXXXXX)"
    chmod 755 "$folder"
    if [ "$(id -u)" -eq 0 ]; then
        if ! id postgres >/dev/null 2>&1; then
            echo "Running as root, and there is no postgres system user to run the server as: the PostgreSQL contract tests will skip."
            rm -rf "$folder"
            return 0
        fi
        chown postgres: "$folder"
        run_as=(runuser -u postgres --)
    fi
    THROWAWAY_POSTGRES_FOLDER="$folder"
    THROWAWAY_POSTGRES_RUN_AS=("${run_as[@]}")
    THROWAWAY_POSTGRES_BIN="$bin"
    trap stop_throwaway_postgres EXIT
    # Trust on the socket: only this machine's users reach the folder's socket, and the cluster is gone
    # when the tests end. fsync is off because nothing here must survive a power cut.
    "${run_as[@]}" "$bin/initdb" -D "$folder/data" -U refurb --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
        || { echo "initdb failed (log: $folder/initdb.log)"; cat "$folder/initdb.log"; return 1; }
    "${run_as[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
        -o "-c listen_addresses='' -k $folder -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null \
        || { echo "The throwaway PostgreSQL did not start (log: $folder/server.log)"; cat "$folder/server.log"; return 1; }
    export REFURB_TEST_POSTGRES_URL="postgres://refurb@/postgres?host=$folder"
    echo "Throwaway PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on the socket in $folder ($REFURB_TEST_POSTGRES_URL)"
}

stop_throwaway_postgres() {
    [ -n "${THROWAWAY_POSTGRES_FOLDER:-}" ] || return 0
    "${THROWAWAY_POSTGRES_RUN_AS[@]}" "$THROWAWAY_POSTGRES_BIN/pg_ctl" -D "$THROWAWAY_POSTGRES_FOLDER/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$THROWAWAY_POSTGRES_FOLDER"
    THROWAWAY_POSTGRES_FOLDER=""
}
