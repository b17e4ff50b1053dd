#!/usr/bin/env bash
# The pages a signed-in member loads most, measured twice in one run on one generated community: first with the
# session's last access written at every request (hros.auth.session-touch-interval=0s, as before the change), then as
# configured, and against nginx serving the same bytes. PROFILE=true adds a JFR recording and PostgreSQL's wait
# events for each HROS measurement. See bench/README.md ("Signed-in pages") and docs/performance.md.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
SIZE=${SIZE:-S}
GENERATED=$ROOT/bench/out/generated/$SIZE
OUT=$ROOT/bench/out/loggedin-$SIZE
LOGS=$OUT/logs

JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JDK/bin/java
WARMUP=${WARMUP:-10}     # seconds
DURATION=${DURATION:-20} # seconds
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
PROFILE=${PROFILE:-false}
MODES=${MODES:-"before after"}
JAR_BEFORE=${JAR_BEFORE:-} # mode "original": another build (e.g. of the commit before the change) on the same data
START_TIMEOUT=${START_TIMEOUT:-600}
HROS_PORT=18180
NGINX_PORT=18181
HROS=http://127.0.0.1:$HROS_PORT
NGINX=http://127.0.0.1:$NGINX_PORT
COMMAND="SIZE=$SIZE JDK=$JDK WARMUP=$WARMUP DURATION=$DURATION THREADS=$THREADS CONNECTIONS=$CONNECTIONS PROFILE=$PROFILE MODES=\"$MODES\" JAR_BEFORE=$JAR_BEFORE bench/loggedin.sh"

source bench/lib.sh

for tool in wrk nginx curl python3; do
    command -v "$tool" >/dev/null || die "$tool is missing (apt-get install -y wrk nginx curl python3)"
done
[[ -x $JAVA ]] || die "no java at $JAVA (set JDK=...)"
[[ -f $GENERATED/generated.properties ]] || die "no community of size $SIZE: run bench/generate.sh $SIZE first"
prop() { sed -n "s/^$1=//p" "$GENERATED/generated.properties"; }
DATA=$GENERATED/data
for port in $HROS_PORT $NGINX_PORT; do
    curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/" && die "port $port is already in use"
done

HROS_PID=
NGINX_PID=
stop_hros() { stop_hros_in 20 "$DATA"; }
cleanup() {
    local rc=$?
    set +e
    if [[ -n $NGINX_PID ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -QUIT "$NGINX_PID"
        wait "$NGINX_PID" 2>/dev/null
    fi
    stop_hros
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -rf "$OUT"
mkdir -p "$LOGS" "$OUT/static" "$OUT/nginx/tmp"
find_or_build_jar

start_hros() { # $1: mode, $2: jar; the rest: extra arguments
    local mode=$1 jar=$2
    shift 2
    say "$mode: starting HROS on the $SIZE community $*"
    local jfr=()
    if [[ $PROFILE == true ]]; then
        jfr=(-XX:StartFlightRecording=filename="$LOGS/$mode.jfr",settings=profile,dumponexit=true)
    fi
    "$JAVA" --enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-} "${jfr[@]}" -jar "$jar" \
        --server.port=$HROS_PORT --server.address=127.0.0.1 \
        --hros.data-dir="$DATA" --hros.base-url=$HROS \
        --hros.search.semantic.enabled="$(prop embeddings)" \
        "$@" >"$LOGS/hros-$mode.log" 2>&1 &
    HROS_PID=$!
    for _ in $(seq $((START_TIMEOUT * 2))); do
        kill -0 "$HROS_PID" 2>/dev/null || die "HROS exited during start; see $LOGS/hros-$mode.log"
        if grep -q 'Started HrosApplication' "$LOGS/hros-$mode.log" \
            && [[ $(curl -s -o /dev/null -w '%{http_code}' $HROS/actuator/health/readiness) == 200 ]]; then
            return 0
        fi
        sleep 0.5
    done
    die "HROS did not become ready in $START_TIMEOUT s"
}

# Logs in as the generated member the way a browser does, and prints the cookie header wrk sends.
log_in() {
    local jar=$LOGS/cookies-$1.txt csrf where
    csrf=$(curl -fsS -c "$jar" -b "$jar" $HROS/login | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    [[ -n $csrf ]] || die "no CSRF token on /login"
    where=$(curl -fsS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode "email=$(prop member.email)" --data-urlencode "password=$(prop member.password)" \
        --data-urlencode "_csrf=$csrf" $HROS/login)
    [[ $where != *login* ]] || die "log-in as $(prop member.email) failed ($where)"
    # The first page after logging in keeps the CSRF token in the session; wrk then sends a settled session.
    curl -fsS -o /dev/null -c "$jar" -b "$jar" "$HROS/"
    awk -F'\t' '$6 != "" && $1 ~ /127.0.0.1/ {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar"
}

PG_PORT=
PG_PID=
wait_events() { # samples pg_stat_activity every 0.2 s for $1 seconds; prints the commonest states
    local until=$(($(date +%s) + $1))
    while (($(date +%s) < until)); do
        psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -At -c \
            "select coalesce(wait_event_type, 'cpu') || ':' || coalesce(wait_event, state) || ' ' || left(regexp_replace(query, '\s+', ' ', 'g'), 60)
             from pg_stat_activity where backend_type = 'client backend' and state <> 'idle' and pid <> pg_backend_pid()" \
            2>/dev/null || true
        sleep 0.2
    done | sort | uniq -c | sort -rn | head -8
}

# CPU ticks (utime + stime, 1/100 s) used so far by these processes and all their descendants.
ticks() {
    python3 - "$@" <<'PY'
import os, sys
roots = set(sys.argv[1:])
procs = {}
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        continue
    procs[pid] = (fields[1], int(fields[11]) + int(fields[12]))
def inside(pid):
    for _ in range(64):
        if pid in roots:
            return True
        if pid not in procs:
            return False
        pid = procs[pid][0]
    return False
print(sum(t for pid, (_, t) in procs.items() if inside(pid)))
PY
}

declare -A RPS P50 P99 ERR BYTES CPU
measure() { # $1: name, $2: url, $3: cookie header (may be empty)
    local name=$1 url=$2 cookie=$3 line extra=()
    [[ -z $cookie ]] || extra=(-H "Cookie: $cookie")
    say "$name: warm-up ${WARMUP}s"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s "${extra[@]}" "$url" >"$LOGS/wrk-$name-warmup.txt"
    say "$name: measuring ${DURATION}s"
    local roots=("${NGINX_PID:-$HROS_PID}") before
    [[ -n $NGINX_PID || -z $PG_PID ]] || roots+=("$PG_PID")
    before=$(ticks "${roots[@]}")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s bench/report.lua "${extra[@]}" "$url" \
        >"$LOGS/wrk-$name.txt" &
    local wrk_pid=$!
    if [[ -n $PG_PORT && $PROFILE == true ]]; then
        sleep 2
        wait_events $((DURATION - 4)) >"$LOGS/pg-waits-$name.txt"
    fi
    wait "$wrk_pid"
    local used=$(($(ticks "${roots[@]}") - before))
    line=$(grep '^RESULT ' "$LOGS/wrk-$name.txt") || die "no result from wrk for $name"
    field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$line"; }
    RPS[$name]=$(field rps)
    P50[$name]=$(awk -v us="$(field p50_us)" 'BEGIN{printf "%.2f", us/1000}')
    P99[$name]=$(awk -v us="$(field p99_us)" 'BEGIN{printf "%.2f", us/1000}')
    BYTES[$name]=$(awk -v b="$(field bytes)" -v n="$(field requests)" 'BEGIN{printf "%d", n ? b/n : 0}')
    CPU[$name]=$(awk -v t="$used" -v n="$(field requests)" 'BEGIN{printf "%.2f", n ? t * 10 / n : 0}')
    ERR[$name]=$(($(field non2xx3xx) + $(field connect_err) + $(field read_err) + $(field write_err) + $(field timeout_err)))
}

CASE_PATH=$(prop case.path)
PAGES=()
UPTIME_BEFORE=$(uptime | sed 's/^ *//')
for mode in $MODES; do
    case $mode in
        original) [[ -f $JAR_BEFORE ]] || die "mode original needs JAR_BEFORE=<a built hros jar>"
            start_hros original "$JAR_BEFORE" ;;
        before) start_hros before "$JAR" --hros.auth.session-touch-interval=0s ;;
        after) start_hros after "$JAR" ;;
        *) die "unknown mode $mode (original, before, after)" ;;
    esac
    PG_PORT=$(sed -n 4p "$DATA/pg/postmaster.pid")
    PG_PID=$(head -1 "$DATA/pg/postmaster.pid")
    COOKIE=$(log_in "$mode")
    [[ $COOKIE == *JSESSIONID* ]] || die "no session cookie after logging in"
    REQUEST_PATH=$(curl -fsS "$HROS/api/v1/requests?size=1" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["url"])')
    REQUEST_PATH=/${REQUEST_PATH#*://*/}
    # The bell is the unread count each page's header loads with htmx: a page view in a browser is the page and it.
    PAGES=("case|$CASE_PATH" "listing|/cases?outcome=failure&topic=sourcing" "home|/" "request|$REQUEST_PATH"
        "bell|/notifications/bell")
    for page in "${PAGES[@]}"; do
        IFS='|' read -r name path <<<"$page"
        curl -fsS -o "$LOGS/$mode-$name.html" -H "Cookie: $COOKIE" "$HROS$path"
        [[ $name == bell ]] || grep -q 'action="/logout"' "$LOGS/$mode-$name.html" \
            || die "$mode: the $name page is not signed in"
        measure "$mode-$name" "$HROS$path" "$COOKIE"
    done
    # The anchor's bytes: the signed-in case page as HROS served it.
    cp "$LOGS/$mode-case.html" "$OUT/static/case.html"
    stop_hros
    if [[ $PROFILE == true && -f $LOGS/$mode.jfr ]]; then
        jfr print --events jdk.ExecutionSample "$LOGS/$mode.jfr" \
            | grep -A1 'stackTrace = \[' | grep -v 'stackTrace\|--' | sed 's/line:.*//' | sort | uniq -c | sort -rn \
            | head -15 >"$LOGS/jfr-top-$mode.txt" || true
        jfr summary "$LOGS/$mode.jfr" | grep -E 'jdk.(ExecutionSample|ThreadPark|JavaMonitorWait|SocketRead) ' \
            >>"$LOGS/jfr-top-$mode.txt" || true
    fi
done

chmod 755 "$OUT/static" && chmod 644 "$OUT/static/case.html"
cat >"$OUT/nginx/nginx.conf" <<EOF
worker_processes 2;
daemon off;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    sendfile on;
    client_body_temp_path $OUT/nginx/tmp/body;
    proxy_temp_path $OUT/nginx/tmp/proxy;
    fastcgi_temp_path $OUT/nginx/tmp/fastcgi;
    uwsgi_temp_path $OUT/nginx/tmp/uwsgi;
    scgi_temp_path $OUT/nginx/tmp/scgi;
    server { listen 127.0.0.1:$NGINX_PORT; root $OUT/static; }
}
EOF
nginx -p "$OUT/nginx/" -e "$OUT/nginx/error.log" -c "$OUT/nginx/nginx.conf" &
NGINX_PID=$!
for _ in $(seq 50); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' $NGINX/case.html) == 200 ]] && break
    sleep 0.1
done
measure nginx "$NGINX/case.html" ""
UPTIME_AFTER=$(uptime | sed 's/^ *//')

{
    echo
    echo "HROS signed-in pages, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "command:  $COMMAND"
    echo "git:      $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$([[ -z $(git status --porcelain 2>/dev/null) ]] || echo ' (uncommitted changes)')"
    echo "machine:  nproc=$(nproc), $(uname -sr); java: $("$JAVA" -version 2>&1 | head -1)"
    echo "uptime:   before: $UPTIME_BEFORE"
    echo "          after:  $UPTIME_AFTER"
    echo "data:     generated community $SIZE: $(prop cases) cases, $(prop members) members; signed in as $(prop member.email)"
    echo "modes:    original = $JAR_BEFORE; before = this build with hros.auth.session-touch-interval=0s (session row"
    echo "          written at every request); after = this build as configured"
    echo
    printf '%-16s %10s %9s %9s %9s %10s %11s %7s\n' target 'req/s' 'p50 ms' 'p99 ms' bytes 'rps/nginx' 'cpu ms/req' errors
    for mode in $MODES nginx; do
        for page in "${PAGES[@]}"; do
            name=$mode-${page%%|*}
            [[ $mode == nginx ]] && name=nginx
            awk -v n="$name" -v r="${RPS[$name]}" -v a="${P50[$name]}" -v b="${P99[$name]}" -v by="${BYTES[$name]}" \
                -v R="${RPS[nginx]}" -v e="${ERR[$name]}" -v c="${CPU[$name]}" \
                'BEGIN{printf "%-16s %10.0f %9.2f %9.2f %9d %10.4f %11.2f %7d\n", n, r, a, b, by, r/R, c, e}'
            [[ $mode == nginx ]] && break
        done
    done
    echo
    echo "rps/nginx: requests/s over nginx's serving the signed-in case page's bytes (last mode's copy)."
    echo "cpu ms/req: CPU time of the HROS JVM and its PostgreSQL (nginx's workers for nginx) per request over the"
    echo "measurement; wrk and other processes not counted. On a shared machine this is steadier than requests/s."
    if [[ $PROFILE == true ]]; then
        for f in "$LOGS"/pg-waits-*.txt "$LOGS"/jfr-top-*.txt; do
            [[ -f $f ]] || continue
            echo
            echo "${f#"$ROOT/"}:"
            sed 's/^/  /' "$f"
        done
    fi
} | tee "$OUT/results.txt"
