#!/usr/bin/env bash
# HROS page-cache benchmark: a logged-out reader's case page and filtered listing answered from the page cache, beside
# nginx and a bare Tomcat serving the case page's bytes, in one run on one data folder; optionally the same pages from an
# earlier jar (BEFORE_JAR) and the case page with the cache off (CACHE_OFF=1). See bench/README.md and
# docs/performance.md.
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
BEFORE_JAR=${BEFORE_JAR:-} # an earlier build, measured first in the same run
CACHE_OFF=${CACHE_OFF:-1}  # 1: also the case page with hros.page-cache.enabled=false
LISTING_PATH=${LISTING_PATH:-/cases?outcome=failure&topic=sourcing}
HROS_PORT=18090
HROS=http://127.0.0.1:$HROS_PORT
NGINX_PORT=18091
NGINX=http://127.0.0.1:$NGINX_PORT
TOMCAT_PORT=18092
TOMCAT=http://127.0.0.1:$TOMCAT_PORT
COMMAND="JDK=$JDK WARMUP=$WARMUP DURATION=$DURATION THREADS=$THREADS CONNECTIONS=$CONNECTIONS BEFORE_JAR=$BEFORE_JAR CACHE_OFF=$CACHE_OFF bench/pagecache.sh"

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { say "ERROR: $*" >&2; exit 1; }

for tool in wrk curl python3 nginx unzip; do
    command -v "$tool" >/dev/null || die "$tool is missing (apt-get install -y wrk curl python3 nginx unzip)"
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

start_hros() { # $1: true or false, for hros.page-cache.enabled; $2: before or after; RUN_JAR: the jar
    say "starting HROS ($2: $RUN_JAR) with hros.page-cache.enabled=$1"
    "$JAVA" --enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-} -jar "$RUN_JAR" \
        --server.port=$HROS_PORT --server.address=127.0.0.1 \
        --hros.data-dir="$OUT/data" --hros.base-url=$HROS \
        --spring.profiles.active=demo \
        --hros.page-cache.enabled="$1" \
        >"$LOGS/hros-$2-cache-$1.log" 2>&1 &
    HROS_PID=$!
    for _ in $(seq $((START_TIMEOUT * 2))); do
        kill -0 "$HROS_PID" 2>/dev/null || die "HROS exited during start; see $LOGS/hros-$2-cache-$1.log"
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

# The anchors: nginx and a bare Tomcat, each serving the case page's bytes.
start_anchors() {
    mkdir -p "$OUT/static" "$OUT/nginx/tmp"
    cp "$LOGS/case-cache-on.html" "$OUT/static/case.html"
    cat >"$OUT/nginx/nginx.conf" <<EOF
# Generated by bench/pagecache.sh: the static-file anchor, configured as in bench/run.sh.
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
    nginx -p "$OUT/nginx/" -e "$OUT/nginx/error.log" -c "$OUT/nginx/nginx.conf" &
    NGINX_PID=$!
    unzip -q -o -d "$OUT/tomcat" "$JAR" 'BOOT-INF/lib/tomcat-embed-core-*.jar'
    "$JAVA" -cp "$(ls "$OUT"/tomcat/BOOT-INF/lib/tomcat-embed-core-*.jar)" bench/TomcatCeiling.java "$TOMCAT_PORT" \
        "$OUT/static/case.html" >"$LOGS/tomcat-ceiling.log" 2>&1 &
    TOMCAT_PID=$!
    for _ in $(seq 240); do
        [[ $(curl -s -o /dev/null -w '%{http_code}' "$NGINX/case.html") == 200 ]] \
            && [[ $(curl -s -o /dev/null -w '%{http_code}' "$TOMCAT/case.html") == 200 ]] && return 0
        sleep 0.5
    done
    die "nginx or the bare Tomcat did not start; see $LOGS"
}
stop_anchors() {
    for pid in ${NGINX_PID:-} ${TOMCAT_PID:-}; do
        kill -TERM "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    NGINX_PID= TOMCAT_PID=
}
trap 'rc=$?; set +e; stop_hros; stop_anchors; exit $rc' EXIT

UPTIME_BEFORE=$(uptime | sed 's/^ *//')
NAMES=()
RUNS=()
[[ -n $BEFORE_JAR ]] && RUNS+=("before|$BEFORE_JAR")
RUNS+=("after|$JAR")
for run in "${RUNS[@]}"; do
    IFS='|' read -r label jar <<<"$run"
    RUN_JAR=$jar
    start_hros true "$label"
    if [[ -z ${CASE_PATH:-} ]]; then
        CASE_URL=$(curl -fsS "$HROS/api/v1/cases?type=CASE_STUDY&size=1" \
            | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["url"])')
        CASE_PATH=${CASE_URL#"$HROS"}
        [[ $CASE_PATH == /cases/*/* ]] || die "unexpected case address: $CASE_URL"
    fi
    curl -fsS "$HROS$CASE_PATH" -o "$LOGS/case-$label.html"
    [[ -f $LOGS/case-cache-on.html ]] || cp "$LOGS/case-$label.html" "$LOGS/case-cache-on.html"
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$HROS$LISTING_PATH") == 200 ]] || die "$LISTING_PATH is not 200"
    measure "case-$label" "$HROS$CASE_PATH"
    measure "listing-$label" "$HROS$LISTING_PATH"
    NAMES+=("case-$label" "listing-$label")
    stop_hros
done

start_anchors
measure nginx "$NGINX/case.html"
measure tomcat "$TOMCAT/case.html"
NAMES+=(nginx tomcat)
stop_anchors

SAME=
if [[ $CACHE_OFF == 1 ]]; then
    RUN_JAR=$JAR
    start_hros false after
    curl -fsS "$HROS$CASE_PATH" -o "$LOGS/case-cache-off.html"
    measure case-cache-off "$HROS$CASE_PATH"
    NAMES+=(case-cache-off)
    stop_hros
    cmp -s "$LOGS/case-cache-on.html" "$LOGS/case-cache-off.html" && SAME=identical || SAME=different
fi
UPTIME_AFTER=$(uptime | sed 's/^ *//')

{
    echo
    echo "HROS page-cache benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "command:  $COMMAND"
    echo "git:      $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$([[ -z $(git status --porcelain 2>/dev/null) ]] || echo ' (uncommitted changes)')"
    echo "jars:     after: $JAR${BEFORE_JAR:+; before: $BEFORE_JAR}"
    echo "machine:  nproc=$(nproc), $(awk '/MemTotal/{printf "%.0f GiB RAM", $2/1048576}' /proc/meminfo)"
    echo "java:     $("$JAVA" -version 2>&1 | head -1)"
    echo "uptime:   before: $UPTIME_BEFORE"
    echo "          after:  $UPTIME_AFTER"
    echo "pages:    case $CASE_PATH, listing $LISTING_PATH, logged out${SAME:+; the case page with the cache on and off is $SAME}"
    echo "wrk:      -t$THREADS -c$CONNECTIONS -d${DURATION}s --timeout 10s --latency, after a ${WARMUP}s warm-up each"
    echo
    printf '%-16s %10s %9s %9s %7s %8s %s\n' target 'req/s' 'p50 ms' 'p99 ms' errors 'of nginx' 'X-Page-Cache'
    for name in "${NAMES[@]}"; do
        printf '%-16s %10.0f %9.2f %9.2f %7d %8.3f %s\n' "$name" "${RPS[$name]}" "${P50[$name]}" "${P99[$name]}" \
            "${ERR[$name]}" "$(awk -v a="${RPS[$name]}" -v b="${RPS[nginx]}" 'BEGIN{print a/b}')" "${RESULT[$name]:-none}"
    done
} | tee "$OUT/results.txt"
