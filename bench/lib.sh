# Shared by the bench scripts, which source it after `cd` to the repository root: only what several of them did word
# for word. Each script keeps its own settings, timeouts and output; what differs between them is passed in.
# shellcheck shell=bash

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { say "ERROR: $*" >&2; exit 1; }

# Sets JAR to the built jar, building it first when there is none.
find_or_build_jar() {
    JAR=$(ls target/hros-*.jar 2>/dev/null | head -1 || true)
    if [[ -z $JAR ]]; then
        say "building the jar"
        ./mvnw -B -q -DskipTests package
        JAR=$(ls target/hros-*.jar | head -1)
    fi
}

# Compiles HROS and its test classes and writes their class path to $1/classpath.txt (the build's log beside it).
build_test_classpath() {
    say "compiling HROS and its test classes"
    ./mvnw -B -q -DskipTests test-compile dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile="$1/classpath.txt" >"$1/build.log" 2>&1 \
        || { cat "$1/build.log"; die "build failed"; }
}

# Stops process $1: TERM, then KILL if it is still there after $2 half-seconds.
stop_process() {
    kill -TERM "$1"
    for _ in $(seq "$2"); do kill -0 "$1" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$1" 2>/dev/null && kill -KILL "$1"
    return 0
}

# The embedded PostgreSQL stops with HROS; if HROS had to be killed, this stops the postmaster it left in the data
# folder $1. With `wait` as $2, also waits up to 10 s for it to go.
stop_postmaster() {
    local pidfile=$1/pg/postmaster.pid pg
    if [[ -f $pidfile ]]; then
        pg=$(head -1 "$pidfile")
        if [[ -n $pg ]] && kill -0 "$pg" 2>/dev/null && [[ $(cat /proc/"$pg"/comm 2>/dev/null) == postgres ]]; then
            kill -INT "$pg"
            if [[ ${2:-} == wait ]]; then
                for _ in $(seq 40); do kill -0 "$pg" 2>/dev/null || break; sleep 0.25; done
            fi
        fi
    fi
}

# Stops the HROS started in the background as HROS_PID (TERM, KILL after $1 half-seconds), then the PostgreSQL it
# may have left in the data folder $2, and forgets HROS_PID.
stop_hros_in() {
    [[ -n $HROS_PID ]] || return 0
    if kill -0 "$HROS_PID" 2>/dev/null; then
        stop_process "$HROS_PID" "$1"
        wait "$HROS_PID" 2>/dev/null || true
    fi
    HROS_PID=
    stop_postmaster "$2" wait
}

# An EXIT trap for the scripts that run a benchmark class in a JVM of its own (BENCH_PID) on the data in $OUT/data.
stop_bench() {
    local rc=$?
    if [[ -n $BENCH_PID ]] && kill -0 "$BENCH_PID" 2>/dev/null; then
        stop_process "$BENCH_PID" 20
    fi
    stop_postmaster "$OUT/data"
    exit "$rc"
}

# Writes $OUT/nginx/nginx.conf for the static-file anchor: nginx serving $OUT/static on 127.0.0.1:$NGINX_PORT,
# headed by the comment line $1.
write_nginx_conf() {
    cat >"$OUT/nginx/nginx.conf" <<EOF
$1
worker_processes 2;
daemon off;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path $OUT/nginx/tmp/body;
    proxy_temp_path $OUT/nginx/tmp/proxy;
    fastcgi_temp_path $OUT/nginx/tmp/fastcgi;
    uwsgi_temp_path $OUT/nginx/tmp/uwsgi;
    scgi_temp_path $OUT/nginx/tmp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $OUT/static;
    }
}
EOF
}

# The lines that close a benchmark's results: its command, commit, machine, Java and the load before ($1) and now.
describe_run() {
    echo
    echo "command:  $COMMAND"
    echo "git:      $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$([[ -z $(git status --porcelain 2>/dev/null) ]] || echo ' (uncommitted changes)')"
    echo "machine:  nproc=$(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/{printf "%.0f GiB RAM", $2/1048576}' /proc/meminfo), $(uname -sr)"
    echo "java:     $("$JAVA" -version 2>&1 | head -1); virtual threads on"
    echo "uptime:   before: $1"
    echo "          after:  $(uptime | sed 's/^ *//')"
}

# Waits until HROS (pid $1, on $HROS) answers its readiness probe, then until it answers a read: right after the start,
# on a busy machine, the jobs that run at start may hold every connection for a moment (503). Dies if HROS exits,
# naming its log ($2).
await_hros() {
    local pid=$1 log=$2 _
    for _ in $(seq 1200); do
        kill -0 "$pid" 2>/dev/null || die "HROS exited during start; see $log"
        [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$HROS/actuator/health/readiness") == 200 ]] && break
        sleep 0.5
    done
    for _ in $(seq 240); do
        [[ $(curl -s -o /dev/null -w '%{http_code}' "$HROS/api/v1/cases?size=1") == 200 ]] && break
        sleep 0.5
    done
}
