#!/usr/bin/env bash
# The listing with its facet counts at size: counted by the search index (now) against grouped in SQL (before, still
# available as hros.listing.facet-counts=sql), in the same run on the same data. See bench/README.md.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=${OUT:-$ROOT/bench/out/facets}

JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JDK/bin/java
CASES=${CASES:-20000}
SEED=${SEED:-20260101}
WARMUP=${WARMUP:-15}     # seconds
DURATION=${DURATION:-20} # seconds
CONNECTIONS=${CONNECTIONS:-4}
PORT=${PORT:-18092}
COMMAND="JDK=$JDK CASES=$CASES SEED=$SEED WARMUP=$WARMUP DURATION=$DURATION CONNECTIONS=$CONNECTIONS bench/facets.sh"

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { say "ERROR: $*" >&2; exit 1; }

command -v wrk >/dev/null || die "wrk is missing (apt-get install -y wrk)"
[[ -x $JAVA ]] || die "no java at $JAVA (set JDK=...)"
if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/"; then die "port $PORT is already in use"; fi

rm -rf "$OUT"
mkdir -p "$OUT"

say "compiling HROS and its test classes"
./mvnw -B -q -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" >"$OUT/build.log" 2>&1 \
    || { cat "$OUT/build.log"; die "build failed"; }

BENCH_PID=
cleanup() {
    local rc=$?
    if [[ -n $BENCH_PID ]] && kill -0 "$BENCH_PID" 2>/dev/null; then
        kill -TERM "$BENCH_PID"
        for _ in $(seq 20); do kill -0 "$BENCH_PID" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$BENCH_PID" 2>/dev/null && kill -KILL "$BENCH_PID"
    fi
    local pidfile=$OUT/data/pg/postmaster.pid
    if [[ -f $pidfile ]]; then
        local pg
        pg=$(head -1 "$pidfile")
        if [[ -n $pg ]] && kill -0 "$pg" 2>/dev/null && [[ $(cat /proc/"$pg"/comm 2>/dev/null) == postgres ]]; then
            kill -INT "$pg"
        fi
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

UPTIME_BEFORE=$(uptime | sed 's/^ *//')
say "running the benchmark with $("$JAVA" -version 2>&1 | head -1)"
"$JAVA" --enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-} \
    -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/classpath.txt")" \
    -Dbench.out="$OUT" -Dbench.port="$PORT" -Dbench.cases="$CASES" -Dbench.seed="$SEED" \
    -Dbench.warmup="$WARMUP" -Dbench.duration="$DURATION" -Dbench.connections="$CONNECTIONS" \
    org.hros.search.bench.FacetBench &
BENCH_PID=$!
wait "$BENCH_PID"
BENCH_PID=

{
    echo
    echo "command:  $COMMAND"
    echo "git:      $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$([[ -z $(git status --porcelain 2>/dev/null) ]] || echo ' (uncommitted changes)')"
    echo "machine:  nproc=$(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/{printf "%.0f GiB RAM", $2/1048576}' /proc/meminfo), $(uname -sr)"
    echo "java:     $("$JAVA" -version 2>&1 | head -1); virtual threads on"
    echo "uptime:   before: $UPTIME_BEFORE"
    echo "          after:  $(uptime | sed 's/^ *//')"
} | tee -a "$OUT/results.txt"
