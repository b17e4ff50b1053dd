#!/usr/bin/env bash
# Generates a made-up HROS community of size S (1,000 published cases), M (100,000), L (1,000,000) or N cases into
# bench/out/generated/<size>/, written straight into PostgreSQL with COPY and indexed by HROS's own rebuild.
# See bench/README.md ("Generated communities").
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
SIZE=${1:-S}
[[ $SIZE =~ ^(S|M|L|[1-9][0-9]*)$ ]] || { echo "usage: bench/generate.sh S|M|L|<number of cases>" >&2; exit 2; }
JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JDK/bin/java
SEED=${SEED:-20261206}
THREADS=${THREADS:-$(nproc)}
# Vectors for search by meaning: computed for every case unless EMBEDDINGS=false (then measured on a sample).
EMBEDDINGS=${EMBEDDINGS:-true}
OUT=${OUT:-$ROOT/bench/out/generated/$SIZE}

[[ -x $JAVA ]] || { echo "no java at $JAVA (set JDK=...)" >&2; exit 1; }
if [[ -e $OUT ]]; then
    echo "$OUT exists; remove it to generate again (rm -rf $OUT)" >&2
    exit 1
fi
mkdir -p "$OUT"

# BUILD=false uses the classes already compiled (e.g. while another size is being generated from them).
if [[ ${BUILD:-true} == true || ! -f $ROOT/bench/out/classpath-test.txt ]]; then
    echo "[$(date +%H:%M:%S)] compiling HROS and its test classes"
    ./mvnw -B -q -DskipTests test-compile dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile="$ROOT/bench/out/classpath-test.txt" >"$OUT/build.log" 2>&1 \
        || { cat "$OUT/build.log"; exit 1; }
fi
cp "$ROOT/bench/out/classpath-test.txt" "$OUT/classpath.txt"

GEN_PID=
cleanup() {
    local rc=$?
    if [[ -n $GEN_PID ]] && kill -0 "$GEN_PID" 2>/dev/null; then kill -TERM "$GEN_PID"; wait "$GEN_PID" 2>/dev/null; fi
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

echo "[$(date +%H:%M:%S)] load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" --enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-} \
    -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/classpath.txt")" \
    -Dbench.size="$SIZE" -Dbench.seed="$SEED" -Dbench.data="$OUT/data" -Dbench.threads="$THREADS" \
    -Dbench.embeddings="$EMBEDDINGS" \
    org.hros.bench.CommunityGenerator 2>&1 | tee "$OUT/generate.txt" &
GEN_PID=$!
wait "$GEN_PID"
GEN_PID=
echo "[$(date +%H:%M:%S)] load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command: JDK=$JDK SEED=$SEED THREADS=$THREADS EMBEDDINGS=$EMBEDDINGS bench/generate.sh $SIZE" | tee -a "$OUT/generate.txt"
