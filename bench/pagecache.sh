#!/usr/bin/env bash
# HROS page-cache benchmark: the anonymous case page with the page cache on, then off (hros.page-cache.enabled=false),
# each after its own warm-up, in one run on one data folder. See bench/README.md and docs/performance.md.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/bench/out/pagecache
LOGS=$OUT/logs

JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JDK/bin/java
WARMUP=${WARMUP:-10}     # seconds
DURATION=${DURATION:-20} # seconds
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
START_TIMEOUT=${START_TIMEOUT:-600} # seconds; a busy machine starts HROS slowly
HROS_PORT=18090
HROS=http://127.0.0.1:$HROS_PORT
COMMAND="JDK=$JDK WARMUP=$WARMUP DURATION=$DURATION THREADS=$THREADS CONNECTIONS=$CONNECTIONS bench/pagecache.sh"

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { say "ERROR: $*" >&2; exit 1; }

for tool in wrk curl python3; do
    command -v "$tool" >/dev/null || die "$tool is missing (apt-get install -y wrk curl python3)"
done
[[ -x $JAVA ]] || die "no java at $JAVA (set JDK=...)"
curl -s -o /dev/null --max-time 2 "$HROS/" && die "port $HROS_PORT is already in use"

HROS_PID=
stop_hros() {
    [[ -n $HROS_PID ]] || return 0
    if kill -0 "$HROS_PID" 2>/dev/null; then
        kill -TERM "$HROS_PID"
        for _ in $(seq 30); do kill -0 "$HROS_PID" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$HROS_PID" 2>/dev/null && kill -KILL "$HROS_PID"
        wait "$HROS_PID" 2>/dev/null || true
    fi
    HROS_PID=
    # The embedded PostgreSQL stops with HROS; if HROS had to be killed, stop the postmaster it left.
    local pidfile=$OUT/data/pg/postmaster.pid pg
    if [[ -f $pidfile ]]; then
        pg=$(head -1 "$pidfile")
        if [[ -n $pg ]] && kill -0 "$pg" 2>/dev/null && [[ $(cat /proc/"$pg"/comm 2>/dev/null) == postgres ]]; then
            kill -INT "$pg"
            for _ in $(seq 40); do kill -0 "$pg" 2>/dev/null || break; sleep 0.25; done
        fi
    fi
}
trap 'rc=$?; set +e; stop_hros; exit $rc' EXIT
trap 'exit 130' INT TERM

rm -rf "$OUT"
mkdir -p "$OUT/data" "$LOGS"

JAR=$(ls target/hros-*.jar 2>/dev/null | head -1 || true)
if [[ -z $JAR ]]; then
    say "building the jar"
    ./mvnw -B -q -DskipTests package
    JAR=$(ls target/hros-*.jar | head -1)
fi

start_hros() { # $1: true or false, for hros.page-cache.enabled
    say "starting HROS with hros.page-cache.enabled=$1"
    "$JAVA" --enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-} -jar "$JAR" \
        --server.port=$HROS_PORT --server.address=127.0.0.1 \
        --hros.data-dir="$OUT/data" --hros.base-url=$HROS \
        --spring.profiles.active=demo \
        --hros.page-cache.enabled="$1" \
        >"$LOGS/hros-cache-$1.log" 2>&1 &
    HROS_PID=$!
    for _ in $(seq $((START_TIMEOUT * 2))); do
        kill -0 "$HROS_PID" 2>/dev/null || die "HROS exited during start; see $LOGS/hros-cache-$1.log"
        if [[ $(curl -s -o /dev/null -w '%{http_code}' $HROS/actuator/health/readiness) == 200 ]] \
            && [[ $(curl -s "$HROS/api/v1/cases?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("total", 0))' 2>/dev/null) -gt 0 ]]; then
            return 0
        fi
        sleep 0.5
    done
    die "HROS did not become ready in $START_TIMEOUT s"
}

declare -A RPS P50 P99 ERR RESULT
measure() { # $1: name, $2: url
    local name=$1 url=$2 line
    say "$name: warm-up ${WARMUP}s"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s "$url" >"$LOGS/wrk-$name-warmup.txt"
    say "$name: measuring ${DURATION}s"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s bench/report.lua "$url" \
        >"$LOGS/wrk-$name.txt"
    line=$(grep '^RESULT ' "$LOGS/wrk-$name.txt") || die "no result from wrk for $name"
    field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$line"; }
    RPS[$name]=$(field rps)
    P50[$name]=$(awk -v us="$(field p50_us)" 'BEGIN{printf "%.2f", us/1000}')
    P99[$name]=$(awk -v us="$(field p99_us)" 'BEGIN{printf "%.2f", us/1000}')
    ERR[$name]=$(($(field non2xx3xx) + $(field connect_err) + $(field read_err) + $(field write_err) + $(field timeout_err)))
    RESULT[$name]=$(curl -s -o /dev/null -D - "$url" | tr -d '\r' | sed -n 's/^X-Page-Cache: //Ip')
}

UPTIME_BEFORE=$(uptime | sed 's/^ *//')
start_hros true
CASE_URL=$(curl -fsS "$HROS/api/v1/cases?type=CASE_STUDY&size=1" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["url"])')
CASE_PATH=${CASE_URL#"$HROS"}
[[ $CASE_PATH == /cases/*/* ]] || die "unexpected case address: $CASE_URL"
curl -fsS "$HROS$CASE_PATH" -o "$LOGS/case-cache-on.html"
measure cache-on "$HROS$CASE_PATH"
stop_hros

start_hros false
curl -fsS "$HROS$CASE_PATH" -o "$LOGS/case-cache-off.html"
measure cache-off "$HROS$CASE_PATH"
stop_hros
UPTIME_AFTER=$(uptime | sed 's/^ *//')

cmp -s "$LOGS/case-cache-on.html" "$LOGS/case-cache-off.html" && SAME=identical || SAME=different
{
    echo
    echo "HROS page-cache benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "command:  $COMMAND"
    echo "git:      $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$([[ -z $(git status --porcelain 2>/dev/null) ]] || echo ' (uncommitted changes)')"
    echo "machine:  nproc=$(nproc), $(awk '/MemTotal/{printf "%.0f GiB RAM", $2/1048576}' /proc/meminfo)"
    echo "java:     $("$JAVA" -version 2>&1 | head -1)"
    echo "uptime:   before: $UPTIME_BEFORE"
    echo "          after:  $UPTIME_AFTER"
    echo "case:     $CASE_PATH, logged out; the page with the cache on and off is $SAME"
    echo "wrk:      -t$THREADS -c$CONNECTIONS -d${DURATION}s --timeout 10s --latency, after a ${WARMUP}s warm-up each"
    echo
    printf '%-10s %10s %9s %9s %7s %s\n' cache 'req/s' 'p50 ms' 'p99 ms' errors 'X-Page-Cache'
    for name in cache-on cache-off; do
        printf '%-10s %10.0f %9.2f %9.2f %7d %s\n' "${name#cache-}" "${RPS[$name]}" "${P50[$name]}" "${P99[$name]}" \
            "${ERR[$name]}" "${RESULT[$name]:-none}"
    done
    awk -v a="${RPS[cache-on]}" -v b="${RPS[cache-off]}" 'BEGIN{printf "\nratio on/off: %.1fx requests/s\n", a/b}'
} | tee "$OUT/results.txt"
