#!/usr/bin/env bash
# HROS soak: start HROS with the documented run command (bin/run.sh, its heap limit and memory settings), measure
# its capacity on a mix of logged-out pages and API searches, then hold 70 % of that rate for ten minutes, sampling
# the JVM's resident memory and the p99 latency every 30 seconds. Fails when any request failed, or when RSS or p99
# grew beyond the tolerances below between the start and the end of the soak. See bench/README.md.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/bench/out/soak
LOGS=$OUT/logs

JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
SOAK_SECONDS=${SOAK_SECONDS:-600}
SAMPLE_SECONDS=${SAMPLE_SECONDS:-30}
SHARE=${SHARE:-70}                 # per cent of the measured capacity held during the soak
WARMUP=${WARMUP:-20}               # seconds before the capacity is measured
CAPACITY_SECONDS=${CAPACITY_SECONDS:-20}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
# Tolerances: the median RSS of the last four samples may exceed that of the four after the first minute by this
# many per cent; the median p99 of the last four rounds may be this many times that of the first four.
RSS_TOLERANCE=${RSS_TOLERANCE:-10}
P99_TOLERANCE=${P99_TOLERANCE:-2.0}
PORT=18480
HROS=http://127.0.0.1:$PORT
COMMAND="JDK=$JDK SOAK_SECONDS=$SOAK_SECONDS SAMPLE_SECONDS=$SAMPLE_SECONDS SHARE=$SHARE WARMUP=$WARMUP CAPACITY_SECONDS=$CAPACITY_SECONDS THREADS=$THREADS CONNECTIONS=$CONNECTIONS RSS_TOLERANCE=$RSS_TOLERANCE P99_TOLERANCE=$P99_TOLERANCE HROS_HEAP=${HROS_HEAP:-} JAVA_OPTS=${JAVA_OPTS:-} bench/soak.sh"

source bench/lib.sh

for tool in wrk curl python3; do
    command -v "$tool" >/dev/null || die "$tool is missing (apt-get install -y wrk curl python3)"
done
[[ -x $JDK/bin/java ]] || die "no java at $JDK (set JDK=...)"
((SOAK_SECONDS >= 4 * SAMPLE_SECONDS && SAMPLE_SECONDS >= 5)) || die "SOAK_SECONDS must hold at least 4 samples"
curl -s -o /dev/null --max-time 2 "$HROS/" && die "port $PORT is already in use"
if ! ls target/hros-*.jar >/dev/null 2>&1; then
    say "building the jar"
    ./mvnw -B -q -DskipTests package
fi

HROS_PID=
cleanup() {
    local rc=$?
    set +e
    if [[ -n $HROS_PID ]] && kill -0 "$HROS_PID" 2>/dev/null; then
        say "stopping HROS (pid $HROS_PID)"
        stop_process "$HROS_PID" 60
        wait "$HROS_PID" 2>/dev/null
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -rf "$LOGS"
mkdir -p "$OUT/data" "$LOGS"
rss_mb() { awk '/VmRSS/{printf "%.0f", $2/1024}' /proc/"$HROS_PID"/status; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
LOAD_BEFORE=$(load)
say "machine before: load $LOAD_BEFORE"

# 1. HROS with the documented command; the data folder is kept between runs (the demo community loads once).
say "starting HROS with bin/run.sh on $HROS (data in bench/out/soak/data)"
JAVA_HOME=$JDK bin/run.sh --server.port=$PORT --server.address=127.0.0.1 --hros.data-dir="$OUT/data" \
    --hros.base-url=$HROS --spring.profiles.active=demo >"$LOGS/hros.log" 2>&1 &
HROS_PID=$!
await_hros "$HROS_PID" "$LOGS/hros.log"
[[ $(curl -s -o /dev/null -w '%{http_code}' "$HROS/") == 200 ]] || die "HROS did not become ready; see $LOGS/hros.log"
JVM_FLAGS=$(tr '\0' ' ' </proc/"$HROS_PID"/cmdline | sed 's/ -jar .*//')
RSS_STARTED=$(rss_mb)
say "HROS ready (pid $HROS_PID), RSS $RSS_STARTED MB; $JVM_FLAGS"

# 2. What a logged-out reader and an API client ask: the home page, listings, case pages, requests, search.
PATHS=$LOGS/paths.txt
{
    echo /
    echo /cases
    echo "/cases?page=2"
    echo "/cases?outcome=failure"
    echo /requests
    echo /sessions
    curl -fsS "$HROS/api/v1/cases?size=12" | python3 -c '
import json, sys, urllib.parse
for item in json.load(sys.stdin)["items"]:
    print(urllib.parse.urlsplit(item["url"]).path)'
    for q in sourcing "employer brand" onboarding "job ad" failure careers%20site; do
        echo "/api/v1/search?q=${q// /%20}"
    done
    echo "/search?q=interview"
    echo "/api/v1/cases?size=10"
} >"$PATHS"
while read -r path; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: text/html,application/json' "$HROS$path")
    [[ $code == 200 ]] || die "$path answers $code"
done <"$PATHS"
say "$(wc -l <"$PATHS") paths, each answering 200"

run_wrk() { # seconds delay_ms output
    DELAY_MS=$2 PATHS=$PATHS wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1s" --timeout 10s --latency -s bench/paced.lua \
        "$HROS" >"$3"
    grep '^RESULT ' "$3" || die "no result from wrk in $3"
}
field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$2"; }
errors() {
    echo $(($(field non2xx3xx "$1") + $(field connect_err "$1") + $(field read_err "$1") + $(field write_err "$1") + $(field timeout_err "$1")))
}

# 3. Capacity, after a warm-up: as fast as wrk can ask with this many connections.
say "warm-up ${WARMUP}s, then capacity over ${CAPACITY_SECONDS}s (-t$THREADS -c$CONNECTIONS)"
run_wrk "$WARMUP" 0 "$LOGS/warmup.txt" >/dev/null
line=$(run_wrk "$CAPACITY_SECONDS" 0 "$LOGS/capacity.txt")
CAPACITY=$(field rps "$line")
CAPACITY_P99=$(awk -v us="$(field p99_us "$line")" 'BEGIN{printf "%.1f", us/1000}')
CAPACITY_ERRORS=$(errors "$line")
RSS_CAPACITY=$(rss_mb)
TARGET=$(awk -v c="$CAPACITY" -v s="$SHARE" 'BEGIN{printf "%.1f", c*s/100}')
say "capacity $CAPACITY req/s (p99 $CAPACITY_P99 ms, $CAPACITY_ERRORS errors), RSS $RSS_CAPACITY MB; soak at $SHARE %: $TARGET req/s"

# 4. The soak, in rounds of SAMPLE_SECONDS. Each connection waits before each request; the wait is corrected after
# every round from the rate it gave (wrk's delay counts from the previous answer, so latency adds to it).
DELAY=$(awk -v c="$CONNECTIONS" -v t="$TARGET" 'BEGIN{printf "%d", 1000*c/t}')
ROUNDS=$((SOAK_SECONDS / SAMPLE_SECONDS))
TOTAL_ERRORS=0
RSS_SERIES=()
P99_SERIES=()
printf '%-6s %8s %9s %9s %9s %8s %7s %6s\n' round 'delay ms' 'req/s' 'p50 ms' 'p99 ms' 'RSS MB' errors load | tee "$LOGS/series.txt"
for round in $(seq "$ROUNDS"); do
    line=$(run_wrk "$SAMPLE_SECONDS" "$DELAY" "$LOGS/round-$round.txt")
    rps=$(field rps "$line")
    p50=$(awk -v us="$(field p50_us "$line")" 'BEGIN{printf "%.1f", us/1000}')
    p99=$(awk -v us="$(field p99_us "$line")" 'BEGIN{printf "%.1f", us/1000}')
    err=$(errors "$line")
    rss=$(rss_mb)
    TOTAL_ERRORS=$((TOTAL_ERRORS + err))
    RSS_SERIES+=("$rss")
    P99_SERIES+=("$p99")
    printf '%-6s %8s %9s %9s %9s %8s %7s %6s\n' "$round" "$DELAY" "$rps" "$p50" "$p99" "$rss" "$err" \
        "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$LOGS/series.txt"
    # The share of each request's interval that was not the wait is the latency; the new wait keeps the target.
    DELAY=$(awk -v d="$DELAY" -v r="$rps" -v c="$CONNECTIONS" -v t="$TARGET" \
        'BEGIN{ other = (r > 0 ? 1000*c/r : 0) - d; if (other < 0) other = 0; n = 1000*c/t - other;
                if (n < 0) n = 0; printf "%d", n }')
done

median() { sort -n | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# The first minute is left out of the memory baseline: the JIT and the caches are still filling.
SKIP=$(( (60 + SAMPLE_SECONDS - 1) / SAMPLE_SECONDS ))
RSS_EARLY=$(printf '%s\n' "${RSS_SERIES[@]:$SKIP:4}" | median)
RSS_LATE=$(printf '%s\n' "${RSS_SERIES[@]: -4}" | median)
P99_EARLY=$(printf '%s\n' "${P99_SERIES[@]:0:4}" | median)
P99_LATE=$(printf '%s\n' "${P99_SERIES[@]: -4}" | median)
RSS_GROWTH=$(awk -v a="$RSS_EARLY" -v b="$RSS_LATE" 'BEGIN{printf "%.1f", (b-a)*100/a}')
P99_RATIO=$(awk -v a="$P99_EARLY" -v b="$P99_LATE" 'BEGIN{printf "%.2f", (a > 0 ? b/a : 0)}')
RSS_MAX=$(printf '%s\n' "${RSS_SERIES[@]}" | sort -n | tail -1)

VERDICT=PASS
REASONS=()
((TOTAL_ERRORS == 0)) || { VERDICT=FAIL; REASONS+=("$TOTAL_ERRORS failed requests"); }
awk -v g="$RSS_GROWTH" -v t="$RSS_TOLERANCE" 'BEGIN{exit !(g > t)}' \
    && { VERDICT=FAIL; REASONS+=("RSS grew $RSS_GROWTH % (tolerance $RSS_TOLERANCE %)"); }
awk -v r="$P99_RATIO" -v t="$P99_TOLERANCE" 'BEGIN{exit !(r > t)}' \
    && { VERDICT=FAIL; REASONS+=("p99 grew ${P99_RATIO}x (tolerance ${P99_TOLERANCE}x)"); }

{
    echo
    echo "HROS soak, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "command:  $COMMAND"
    echo "git:      $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$([[ -z $(git status --porcelain 2>/dev/null) ]] || echo ' (uncommitted changes)')"
    echo "machine:  nproc=$(nproc), $(awk '/MemTotal/{printf "%.0f GiB RAM", $2/1048576}' /proc/meminfo); load before $LOAD_BEFORE, after $(load)"
    echo "java:     $("$JDK/bin/java" -version 2>&1 | head -1); $JVM_FLAGS"
    echo "paths:    $(wc -l <"$PATHS") logged-out pages and API searches, round robin (bench/out/soak/logs/paths.txt)"
    echo "capacity: $CAPACITY req/s, p99 $CAPACITY_P99 ms, $CAPACITY_ERRORS errors (-t$THREADS -c$CONNECTIONS, ${CAPACITY_SECONDS}s)"
    echo "soak:     $ROUNDS rounds of ${SAMPLE_SECONDS}s at $SHARE % = $TARGET req/s"
    echo "RSS MB:   after start $RSS_STARTED, after the capacity run $RSS_CAPACITY, during the soak max $RSS_MAX;"
    echo "          median of rounds $((SKIP + 1))-$((SKIP + 4)) $RSS_EARLY, of the last four $RSS_LATE: ${RSS_GROWTH} % (tolerance $RSS_TOLERANCE %)"
    echo "p99 ms:   median of the first four rounds $P99_EARLY, of the last four $P99_LATE: ${P99_RATIO}x (tolerance ${P99_TOLERANCE}x)"
    echo "errors:   $TOTAL_ERRORS during the soak"
    echo "series:"
    sed 's/^/          /' "$LOGS/series.txt"
    echo "verdict:  $VERDICT${REASONS[*]:+ (${REASONS[*]})}"
} | tee "$OUT/results.txt"
[[ $VERDICT == PASS ]]
