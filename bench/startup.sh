#!/usr/bin/env bash
# How long HROS takes to start: to Spring's "Started" line and to the first 200 on /, over RUNS starts on one data
# folder that already holds the demo community (a first, unmeasured start loads it). Prints each start, the medians
# and the load average before and after, since the machine may be shared. See bench/README.md.
#
#   RUNS=3 bench/startup.sh                 plain java -jar target/hros-*.jar
#   RUN_SH=1 RUNS=3 bench/startup.sh        bin/run.sh (after bin/run.sh --build-cache: with the AOT cache)
set -euo pipefail

cd "$(dirname "$0")/.."
JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JDK/bin/java
JAR=${JAR:-$(ls target/hros-*.jar 2>/dev/null | head -1)}
RUNS=${RUNS:-3}
PORT=${PORT:-18380}
DATA=${DATA:-bench/out/startup/data}
LOGS=bench/out/startup/logs
JAVA_OPTS=${JAVA_OPTS:-}
APP_ARGS=${APP_ARGS:-}
# RUN_SH=1 starts HROS with bin/run.sh (its memory settings and, once built, the AOT cache) instead of plain java -jar.
RUN_SH=${RUN_SH:-0}

source bench/lib.sh

[[ -x $JAVA ]] || die "no java at $JAVA (set JDK=...)"
[[ -f $JAR ]] || die "no jar (./mvnw -B -q -DskipTests package, or set JAR=...)"
curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/" && die "port $PORT is already in use"
mkdir -p "$DATA" "$LOGS"

PID=
stop() {
    [[ -n $PID ]] && kill -0 "$PID" 2>/dev/null || return 0
    stop_process "$PID" 60
    wait "$PID" 2>/dev/null || true
    PID=
}
trap 'stop' EXIT
trap 'exit 130' INT TERM

# Starts HROS and waits for a 200 on /; sets S (seconds to "Started", the JVM's own count) and F (to the first 200).
start_once() {
    local log=$1 begin started first=
    begin=$(date +%s.%N)
    local args=(--server.port="$PORT" --server.address=127.0.0.1 --hros.data-dir="$DATA"
        --hros.base-url="http://127.0.0.1:$PORT" --spring.profiles.active=demo)
    if [[ $RUN_SH == 1 ]]; then
        # shellcheck disable=SC2086
        JAVA_HOME=$JDK JAR=$JAR JAVA_OPTS=$JAVA_OPTS bin/run.sh "${args[@]}" $APP_ARGS >"$log" 2>&1 &
    else
        # shellcheck disable=SC2086
        "$JAVA" --enable-native-access=ALL-UNNAMED $JAVA_OPTS -jar "$JAR" "${args[@]}" $APP_ARGS >"$log" 2>&1 &
    fi
    PID=$!
    for _ in $(seq 3000); do
        kill -0 "$PID" 2>/dev/null || die "HROS exited during start; see $log"
        if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/") == 200 ]]; then
            first=$(date +%s.%N)
            break
        fi
        sleep 0.05
    done
    [[ -n $first ]] || die "no 200 on / within the time allowed; see $log"
    # Tomcat may answer while the last beans are made ready, a moment before Spring logs its line.
    for _ in $(seq 600); do
        grep -q "Started .*process running for" "$log" && break
        kill -0 "$PID" 2>/dev/null || break
        sleep 0.1
    done
    started=$(sed -n 's/.*Started .*process running for \([0-9.]*\)).*/\1/p' "$log" | head -1)
    S=${started:-0}
    F=$(awk -v b="$begin" -v f="$first" 'BEGIN{printf "%.2f", f-b}')
}

median() { sort -n | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

if ! grep -rqs . "$DATA/pg/PG_VERSION" 2>/dev/null; then
    say "first start on $DATA: loading the demo community (not measured)"
    start_once "$LOGS/first.log"
    # The demo loads in one transaction once HROS has started, and readiness says UP when it is in: stopped
    # earlier, the load would be undone and every measured start would load it again.
    for _ in $(seq 600); do
        [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/actuator/health/readiness") == 200 ]] && break
        kill -0 "$PID" 2>/dev/null || die "HROS exited while loading the demo community; see $LOGS/first.log"
        sleep 0.5
    done
    grep -q "Loaded the demo community" "$LOGS/first.log" || die "the demo community was not loaded; see $LOGS/first.log"
    stop
fi

say "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
STARTED=()
FIRST=()
CPU=()
for i in $(seq "$RUNS"); do
    start_once "$LOGS/run-$i.log"
    s=$S f=$F
    rss=$(awk '/VmRSS/{printf "%.0f", $2/1024}' /proc/"$PID"/status)
    # The processor time the JVM has used so far, on all its threads: less dependent on what else the machine runs
    # than the wall-clock figures.
    cpu=$(awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14+$15)/t}' /proc/"$PID"/stat)
    say "start $i: Started after $s s (JVM's own count), first 200 on / after $f s, CPU $cpu s, RSS $rss MB"
    STARTED+=("$s")
    FIRST+=("$f")
    CPU+=("$cpu")
    stop
done
say "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "RESULT runs=$RUNS started_median=$(printf '%s\n' "${STARTED[@]}" | median) first200_median=$(printf '%s\n' "${FIRST[@]}" | median) cpu_median=$(printf '%s\n' "${CPU[@]}" | median) run_sh=$RUN_SH java_opts=\"$JAVA_OPTS\""
