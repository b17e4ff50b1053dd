#!/usr/bin/env bash
# HROS search benchmark: relevance (nDCG@10, MRR) over the demo community, known-item MRR over a generated
# library, and search over HTTP beside raw Lucene on the same index, all in one run. See bench/README.md.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=${OUT:-$ROOT/bench/out/search}

JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JDK/bin/java
CASES=${CASES:-100000}
SEED=${SEED:-20260101}
SAMPLE=${SAMPLE:-500}
WARMUP=${WARMUP:-10}     # seconds at least; then until the JIT compiler settles
WARMUP_MAX=${WARMUP_MAX:-180} # seconds at most
DURATION=${DURATION:-20} # seconds
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-1,2,4,16}
PORT=${PORT:-18090}
COMMAND="JDK=$JDK CASES=$CASES SEED=$SEED SAMPLE=$SAMPLE WARMUP=$WARMUP WARMUP_MAX=$WARMUP_MAX DURATION=$DURATION THREADS=$THREADS CONNECTIONS=$CONNECTIONS bench/search.sh"

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
    -Dbench.sample="$SAMPLE" -Dbench.warmup="$WARMUP" -Dbench.warmup-max="$WARMUP_MAX" -Dbench.duration="$DURATION" \
    -Dbench.threads="$THREADS" -Dbench.connections="$CONNECTIONS" \
    org.hros.search.bench.SearchBench &
BENCH_PID=$!
wait "$BENCH_PID"
BENCH_PID=

describe_run "$UPTIME_BEFORE" | tee -a "$OUT/results.txt"
