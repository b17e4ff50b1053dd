#!/usr/bin/env bash
# HROS's resident memory under load, started the documented way (bin/run.sh): after the start, after cached reads
# (case page, listing, home page from the page cache) and after searches that load the sentence-embedding model
# (ONNX Runtime, outside the heap). At each step it records RSS (`ps -o rss`), the JVM's own account (Native Memory
# Tracking, `jcmd VM.native_memory summary`) and, after the searches, `pmap -x`. The searches also give the p50/p99
# of /api/v1/search: the evaluation set's 160 queries (their vectors are kept after the first time, as members'
# repeated queries are), then a list of distinct word pairs, each a new query whose vector must be computed.
#
#   DATA_FROM=bench/out/data bench/memory.sh
#
# DATA_FROM: a data folder that already holds the demo community (bench/run.sh leaves one in bench/out/data); it is
# copied, so every run starts from the same data. RUN_SH (bin/run.sh), JAR and APP_DIR (as bin/run.sh reads them),
# HROS_HEAP, JAVA_OPTS, JDK (Temurin 25), LABEL (the name of the run's folder under bench/out/memory), DURATION
# (seconds per wrk run, 20), NMT=0 to start without Native Memory Tracking (it costs a few MB of its own), APP_ARGS
# (added to HROS's arguments, e.g. --hros.redaction.model.preload=true to have the named-entity model in the heap).
# Compare two builds or two settings by running it twice in a row with different JAR/APP_DIR/RUN_SH or HROS_HEAP,
# and give `uptime` with the figures: the machine's load moves them. See bench/README.md.
set -euo pipefail

cd "$(dirname "$0")/.."
source bench/lib.sh
ROOT=$PWD
JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
DATA_FROM=${DATA_FROM:?set DATA_FROM to a data folder holding the demo community, e.g. bench/out/data}
RUN_SH=${RUN_SH:-bin/run.sh}
LABEL=${LABEL:-run}
DURATION=${DURATION:-20}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
NMT=${NMT:-1}
PORT=${PORT:-18490}
HROS=http://127.0.0.1:$PORT
OUT=$ROOT/bench/out/memory/$LABEL
PY=${PY:-python3}

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$OUT/summary.txt"; }
die() { say "ERROR: $*" >&2; exit 1; }

[[ -d $DATA_FROM/pg ]] || die "no PostgreSQL data under $DATA_FROM"
[[ -f $DATA_FROM/pg/postmaster.pid ]] && die "$DATA_FROM is in use (postmaster.pid): stop that HROS first"
curl -s -o /dev/null --max-time 2 "$HROS/" && die "port $PORT is already in use"
rm -rf "$OUT"
mkdir -p "$OUT"
cp -a "$DATA_FROM" "$OUT/data"

HROS_PID=
cleanup() {
    local rc=$?
    set +e
    if [[ -n $HROS_PID ]] && kill -0 "$HROS_PID" 2>/dev/null; then
        kill -TERM "$HROS_PID"
        for _ in $(seq 120); do kill -0 "$HROS_PID" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$HROS_PID" 2>/dev/null && kill -KILL "$HROS_PID"
        wait "$HROS_PID" 2>/dev/null
    fi
    rm -rf "$OUT/data"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "machine before: $(uptime)"
say "git $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bin pom.xml || echo ' (uncommitted changes)'); RUN_SH=$RUN_SH JAR=${JAR:-} HROS_HEAP=${HROS_HEAP:-} JAVA_OPTS=${JAVA_OPTS:-} APP_ARGS=${APP_ARGS:-}"
nmt_opt=
((NMT)) && nmt_opt=-XX:NativeMemoryTracking=summary
JAVA_HOME=$JDK JAVA_OPTS="$nmt_opt ${JAVA_OPTS:-}" "$RUN_SH" --server.port=$PORT --server.address=127.0.0.1 \
    --hros.data-dir="$OUT/data" --hros.base-url=$HROS --spring.profiles.active=demo ${APP_ARGS:-} >"$OUT/hros.log" 2>&1 &
HROS_PID=$!
await_hros "$HROS_PID" "$OUT/hros.log"
say "HROS ready (pid $HROS_PID): $(tr '\0' ' ' </proc/"$HROS_PID"/cmdline | sed 's/ -jar .*//')"

rss() { ps -o rss= -p "$HROS_PID" | awk '{printf "%.0f", $1/1024}'; }
# One line per step: RSS, what NMT counts as committed, its heap and class parts, and RSS that NMT does not count.
sample() { # step
    local step=$1 line
    sleep 2
    if ((NMT)); then
        "$JDK/bin/jcmd" "$HROS_PID" VM.native_memory summary scale=MB >"$OUT/nmt-$step.txt" 2>&1 || true
        line=$(awk -v rss="$(rss)" '
            /^Total:/ { match($0, /committed=[0-9]+/); total = substr($0, RSTART + 10, RLENGTH - 10) }
            /^-  *[A-Za-z ]+ \(reserved=/ {
                name = $0; sub(/^- */, "", name); sub(/ *\(.*/, "", name)
                match($0, /committed=[0-9]+/); part[name] = substr($0, RSTART + 10, RLENGTH - 10) }
            END { printf "RSS %d MB; NMT committed %d MB (heap %d, class %d, code %d, compiler %d, thread %d, other %d); RSS - NMT %d MB",
                  rss, total, part["Java Heap"], part["Class"], part["Code"], part["Compiler"], part["Thread"], part["Other"], rss - total }' \
            "$OUT/nmt-$step.txt")
    else
        line="RSS $(rss) MB"
    fi
    # The heap as the collector sees it: committed and used MB, and the collections so far with their seconds.
    line="$line; $("$JDK/bin/jstat" -gc "$HROS_PID" | awk 'NR == 2 {
        printf "heap %.0f MB committed, %.0f used; GC %d young + %d full, %.2f s", ($1 + $2 + $5 + $7) / 1024,
            ($3 + $4 + $6 + $8) / 1024, $13, $15, $NF }')"
    say "$step: $line"
}
result() { # name file
    local r
    r=$(grep '^RESULT ' "$2") || die "no result from wrk in $2"
    say "$1: $(sed -E 's/.* rps=([0-9.]+) p50_us=([0-9]+) p90_us=[0-9]+ p99_us=([0-9]+) max_us=[0-9]+ non2xx3xx=([0-9]+).*/\1 req\/s, p50 \2 us, p99 \3 us, non-2xx \4/' <<<"$r")"
}

sample started

# Cached reads: what a logged-out reader asks most.
CASE_PATH=$(curl -fsS "$HROS/api/v1/cases?size=1" | "$PY" -c '
import json, sys, urllib.parse
print(urllib.parse.urlsplit(json.load(sys.stdin)["items"][0]["url"]).path)')
for target in "case-page|$CASE_PATH" "listing-page-3|/cases?page=3" "home|/"; do
    IFS='|' read -r name path <<<"$target"
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$HROS$path") == 200 ]] || die "$path does not answer 200"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s bench/report.lua "$HROS$path" \
        >"$OUT/wrk-$name.txt"
    result "$name" "$OUT/wrk-$name.txt"
done
sample cached-reads

# Searches: the evaluation set's queries (the first pass computes their vectors, later passes reuse them), then
# 3,000 distinct word pairs (more than the 1,024 vectors kept: almost every request computes one).
"$PY" - "$OUT" <<'EOF'
import glob, random, re, sys, urllib.parse
queries = []
for name in sorted(glob.glob("src/test/resources/search/eval/batch-*.yml")):
    for line in open(name, encoding="utf-8"):
        m = re.match(r'\s*- query:\s*(.*?)\s*$', line)
        if m:
            queries.append(m.group(1).strip('"\''))
with open(sys.argv[1] + "/eval-queries.txt", "w") as f:
    f.writelines(urllib.parse.quote(q) + "\n" for q in queries)
words = sorted({w.lower() for q in queries for w in re.findall(r"[A-Za-z]{4,}", q)})
pairs = [f"{a} {b}" for a in words for b in words if a != b]
random.Random(7).shuffle(pairs)
with open(sys.argv[1] + "/distinct-queries.txt", "w") as f:
    f.writelines(urllib.parse.quote(p) + "\n" for p in pairs[:3000])
EOF
for list in eval distinct; do
    QUERIES=$OUT/$list-queries.txt wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency \
        -s bench/search-queries.lua "$HROS" >"$OUT/wrk-search-$list.txt"
    result "search-$list" "$OUT/wrk-search-$list.txt"
    sample "after-search-$list"
done
pmap -x "$HROS_PID" >"$OUT/pmap.txt"
# What the heap holds after the searches: the live objects by class (a full collection first), largest first.
"$JDK/bin/jcmd" "$HROS_PID" GC.class_histogram >"$OUT/histogram.txt" 2>&1 || true
say "live heap after the searches, largest classes (MB): $(awk 'NF >= 4 && $1 ~ /^[0-9]+:$/ {printf "%s %.1f; ", $4, $3 / 1048576}' \
    "$OUT/histogram.txt" | cut -d';' -f1-8)"
# The largest anonymous mappings: the heap, the ONNX Runtime's and the JVM's malloc arenas, thread stacks.
say "largest resident anonymous mappings (KB): $(awk '$NF == "[" || $NF == "[anon]" || $6 == "[" {print $3}' "$OUT/pmap.txt" \
    | sort -rn | head -8 | tr '\n' ' ')"
say "file-backed resident (KB, AOT cache and libraries): $(awk 'NF >= 6 && $NF !~ /anon|stack|^\[/ && $3 ~ /^[0-9]+$/ {s += $3} END {print s}' "$OUT/pmap.txt")"
say "machine after: $(uptime)"
