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

source bench/lib.sh

command -v wrk >/dev/null || die "wrk is missing (apt-get install -y wrk)"
[[ -x $JAVA ]] || die "no java at $JAVA (set JDK=...)"
if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/"; then die "port $PORT is already in use"; fi

rm -rf "$OUT"
mkdir -p "$OUT"

build_test_classpath "$OUT"

BENCH_PID=
trap stop_bench EXIT
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

describe_run "$UPTIME_BEFORE" | tee -a "$OUT/results.txt"
