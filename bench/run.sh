#!/usr/bin/env bash
# HROS read-path benchmark: a case page and two listing pages, measured with wrk against an nginx
# serving a static copy of the same case page (the anchor), all in one run. With SIZE=S|M|L|<cases> it measures
# a community made by bench/generate.sh instead, adds search (beside raw Lucene on the same index), a logged-in
# case page and an API read, and prints how p99 and req/s grew from S. See bench/README.md.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/bench/out
LOGS=$OUT/logs

JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JDK/bin/java
CASES=${CASES:-1000}
LOAD_PARALLEL=${LOAD_PARALLEL:-4}
WARMUP=${WARMUP:-10}     # seconds
DURATION=${DURATION:-20} # seconds
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
HROS_PORT=${HROS_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
# ONLY=search,raw-lucene measures only the targets named (nginx is always measured: it is the anchor).
ONLY=${ONLY:-}
READY_SECONDS_MAX=${READY_SECONDS_MAX:-360} # how long HROS may take to start (longer on a busy machine)
HROS=http://127.0.0.1:$HROS_PORT
NGINX=http://127.0.0.1:$NGINX_PORT
SIZE=${SIZE:-}            # empty: demo community + CASES loaded through the API; else a generated community
COMMAND="SIZE=$SIZE ${ONLY:+ONLY=$ONLY }${JAR:+JAR=$JAR }JDK=$JDK CASES=$CASES LOAD_PARALLEL=$LOAD_PARALLEL WARMUP=$WARMUP DURATION=$DURATION THREADS=$THREADS CONNECTIONS=$CONNECTIONS bench/run.sh"

source bench/lib.sh

for tool in wrk nginx curl python3; do
    command -v "$tool" >/dev/null || die "$tool is missing (apt-get install -y wrk nginx curl python3)"
done
# The interpreter itself, not a version-manager shim: CPU snapshots are taken during measurements.
PY=$(python3 -c 'import sys; print(sys.executable)')
[[ -x $JAVA ]] || die "no java at $JAVA (set JDK=...)"
[[ $WARMUP =~ ^[0-9]+$ && $DURATION =~ ^[0-9]+$ && $DURATION -ge 4 ]] \
    || die "WARMUP and DURATION are whole seconds, DURATION at least 4"
for port in $HROS_PORT $NGINX_PORT; do
    if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
        die "port $port is already in use"
    fi
done

HROS_PID=
NGINX_PID=
cleanup() {
    local rc=$?
    set +e
    if [[ -n $NGINX_PID ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -QUIT "$NGINX_PID"
        wait "$NGINX_PID" 2>/dev/null
    fi
    if [[ -n $HROS_PID ]] && kill -0 "$HROS_PID" 2>/dev/null; then
        say "stopping HROS (pid $HROS_PID)"
        # HROS exits cleanly within a second or two, but then waits 30 s: the embedded PostgreSQL's own JVM
        # shutdown hook stops the server while Spring is still closing (see bench/README.md). The data
        # folder is thrown away on the next run, so after a short grace period it is simply killed.
        stop_process "$HROS_PID" 20
        wait "$HROS_PID" 2>/dev/null
    fi
    # The embedded PostgreSQL stops with HROS; if HROS had to be killed, stop the postmaster it left.
    local pidfile=$DATA/pg/postmaster.pid
    if [[ -f $pidfile ]]; then
        local pg
        pg=$(head -1 "$pidfile")
        if [[ -n $pg ]] && kill -0 "$pg" 2>/dev/null && [[ $(cat /proc/"$pg"/comm 2>/dev/null) == postgres ]]; then
            say "stopping the PostgreSQL left running (pid $pg)"
            kill -INT "$pg"
        fi
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ -n $SIZE ]]; then
    # A generated community is kept between runs: generating M takes long. Running on it adds sessions and tokens.
    GENERATED=$OUT/generated/$SIZE
    DATA=$GENERATED/data
    [[ -f $GENERATED/generated.properties ]] || die "no community of size $SIZE: run bench/generate.sh $SIZE first"
    prop() { sed -n "s/^$1=//p" "$GENERATED/generated.properties"; }
    LOGS=$OUT/logs-$SIZE
    RESULTS=$OUT/results-$SIZE.txt
else
    DATA=$OUT/data
    RESULTS=$OUT/results.txt
    rm -rf "$DATA"
fi
rm -rf "$OUT/static" "$OUT/nginx" "$LOGS"
mkdir -p "$DATA" "$OUT/static" "$OUT/nginx/tmp" "$LOGS"

UPTIME_BEFORE=$(uptime | sed 's/^ *//')
say "machine before: $UPTIME_BEFORE"
top -b -n1 -w 200 | head -15 >"$LOGS/top-before.txt"

# 1. Build if needed, start HROS with the demo members (the editor and authors log in below).
JAR=${JAR:-$(ls target/hros-*.jar 2>/dev/null | head -1 || true)}
if [[ -z $JAR ]]; then
    say "building the jar"
    ./mvnw -B -q -DskipTests package
    JAR=$(ls target/hros-*.jar | head -1)
fi
say "starting HROS from $JAR on $HROS"
if [[ -n $SIZE ]]; then
    # Search by meaning stays on only when the generator computed every case's vector; otherwise the application
    # would compute the missing ones in the background during the measurements.
    MODE_ARGS=(--hros.search.semantic.enabled="$(prop embeddings)")
    READY_MARK='Started HrosApplication'
else
    MODE_ARGS=(--spring.profiles.active=demo)
    READY_MARK='Loaded the demo community'
fi
START=$(date +%s.%N)
"$JAVA" --enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-} -jar "$JAR" \
    --server.port=$HROS_PORT --server.address=127.0.0.1 \
    --hros.data-dir="$DATA" --hros.base-url=$HROS \
    "${MODE_ARGS[@]}" \
    --hros.rate-limit.post.requests=100000 --hros.rate-limit.post-from-address.requests=100000 \
    >"$LOGS/hros.log" 2>&1 &
HROS_PID=$!
for _ in $(seq $((READY_SECONDS_MAX * 2))); do
    kill -0 "$HROS_PID" 2>/dev/null || die "HROS exited during start; see $LOGS/hros.log"
    if grep -q "$READY_MARK" "$LOGS/hros.log" \
        && [[ $(curl -s -o /dev/null -w '%{http_code}' $HROS/actuator/health/readiness) == 200 ]]; then
        break
    fi
    sleep 0.5
done
grep -q "$READY_MARK" "$LOGS/hros.log" || die "HROS did not become ready in $READY_SECONDS_MAX s"
READY_SECONDS=$(awk -v s="$START" -v e="$(date +%s.%N)" 'BEGIN{printf "%.1f", e-s}')
say "HROS ready in $READY_SECONDS s (pid $HROS_PID)"

# Personal access tokens, created the way a member does it: log in, then /profile -> new token.
token_for() {
    local email=$1 password=$2 jar=$LOGS/cookies-${1%@*}.txt csrf where token
    csrf=$(curl -fsS -c "$jar" -b "$jar" $HROS/login | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    [[ -n $csrf ]] || die "no CSRF token on /login"
    where=$(curl -fsS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode "email=$email" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
        $HROS/login)
    [[ $where != *login* ]] || die "log-in as $email failed ($where)"
    csrf=$(curl -fsS -c "$jar" -b "$jar" $HROS/profile | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    token=$(curl -fsSL -c "$jar" -b "$jar" --data-urlencode "name=bench" --data-urlencode "scopes=READ" --data-urlencode "scopes=WRITE" --data-urlencode "_csrf=$csrf" \
        $HROS/profile/tokens | grep -o 'class="token-secret"><code>[^<]*' | sed 's/.*<code>//')
    [[ -n $token ]] || die "no token for $email"
    printf '%s' "$token"
}
if [[ -z $SIZE ]]; then
EDITOR_TOKEN=$(token_for elena@example.org demo-editor-password)
AUTHOR_TOKENS=()
for who in maya jonas priya; do
    token=$(token_for $who@example.org demo-member-password)
    AUTHOR_TOKENS+=("$token")
done
say "created API tokens for 1 editor and ${#AUTHOR_TOKENS[@]} authors"

# 2. Load the library through the API: create, submit, publish.
say "loading $CASES cases through the API ($LOAD_PARALLEL in parallel)"
LOAD_START=$(date +%s.%N)
LOAD_LINE=$("$PY" bench/load_cases.py $HROS "$CASES" "$LOAD_PARALLEL" "$EDITOR_TOKEN" "${AUTHOR_TOKENS[@]}") \
    || die "loading failed: $LOAD_LINE"
LOAD_SECONDS=$(awk -v s="$LOAD_START" -v e="$(date +%s.%N)" 'BEGIN{printf "%.1f", e-s}')
say "loading took ${LOAD_SECONDS} s: $LOAD_LINE"

# 3. Targets. The case page is a published case study from the middle of the library.
CASE_URL=$(curl -fsS "$HROS/api/v1/cases?type=CASE_STUDY&size=1&page=$((CASES / 3))" \
    | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["url"])')
CASE_PATH=${CASE_URL#"$HROS"}
[[ $CASE_PATH == /cases/*/* ]] || die "unexpected case address: $CASE_URL"
curl -fsS "$HROS$CASE_PATH" -o "$OUT/static/case.html"
chmod 755 "$OUT/static" && chmod 644 "$OUT/static/case.html"
say "case page $CASE_PATH: $(wc -c <"$OUT/static/case.html") bytes saved to bench/out/static/case.html"

TARGETS=(
    "case-page|$HROS$CASE_PATH"
    "listing-page-3|$HROS/cases?page=3"
    "listing-filtered|$HROS/cases?outcome=failure&topic=sourcing"
    "nginx-static|$NGINX/case.html"
)
else
# 2-3. A generated community: a generated member logs in (a session for the logged-in page, a token for the API).
CASES=$(prop cases)
CASE_PATH=$(prop case.path)
CASE_ID=$(prop case.id)
if [[ -z $CASE_PATH ]]; then
    CASE_URL=$(curl -fsS "$HROS/api/v1/cases?type=CASE_STUDY&size=1&page=$((CASES / 3))" \
        | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["url"])')
    CASE_PATH=${CASE_URL#"$HROS"}
    CASE_ID=$(cut -d/ -f3 <<<"$CASE_PATH")
fi
MEMBER=$(prop member.email)
# A personal access token for the API read; if the member may not make one, the API is read as anyone may.
MEMBER_TOKEN=$( (token_for "$MEMBER" "$(prop member.password)") 2>"$LOGS/token.txt" || true)
if [[ -z $MEMBER_TOKEN ]]; then
    say "no API token for $MEMBER ($(tail -1 "$LOGS/token.txt")); the API read is anonymous"
    csrf=$(curl -fsS -c "$LOGS/cookies-${MEMBER%@*}.txt" -b "$LOGS/cookies-${MEMBER%@*}.txt" $HROS/login \
        | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    curl -fsS -o /dev/null -c "$LOGS/cookies-${MEMBER%@*}.txt" -b "$LOGS/cookies-${MEMBER%@*}.txt" \
        --data-urlencode "email=$MEMBER" --data-urlencode "password=$(prop member.password)" \
        --data-urlencode "_csrf=$csrf" $HROS/login
fi
SESSION_COOKIE=$(awk -F'\t' '$6 != "" && $1 ~ /127.0.0.1/ {printf "%s%s=%s", sep, $6, $7; sep="; "}' \
    "$LOGS/cookies-${MEMBER%@*}.txt")
[[ $SESSION_COOKIE == *SESSION* ]] || die "no session cookie for $MEMBER"
say "logged in as $MEMBER (session and API token)"
LOAD_SECONDS=0
LOAD_LINE="generated by bench/generate.sh: $(prop members) members, $(prop cases) cases, $(prop requests) requests, $(prop replies) replies, $(prop reactions) reactions, $(prop votes) votes; vectors: $(prop embeddings)"
curl -fsS "$HROS$CASE_PATH" -o "$OUT/static/case.html"
chmod 755 "$OUT/static" && chmod 644 "$OUT/static/case.html"
say "case page $CASE_PATH: $(wc -c <"$OUT/static/case.html") bytes saved to bench/out/static/case.html"
INDEX_DIR=$DATA/index/cases
[[ -d $INDEX_DIR ]] || die "no case index under $DATA/index"
TARGETS=(
    "case-page|$HROS$CASE_PATH"
    "case-page-member|$HROS$CASE_PATH|cookie"
    "listing-facets|$HROS/cases?outcome=failure&topic=sourcing"
    "search|$HROS/search|search"
    "api-search|$HROS/api/v1/search|api-search"
    "api-case|$HROS/api/v1/cases/$CASE_ID|token"
    "raw-lucene|$INDEX_DIR|raw"
    "nginx-static|$NGINX/case.html"
)
fi

if [[ -n $ONLY ]]; then
    KEPT=()
    for t in "${TARGETS[@]}"; do
        name=${t%%|*}
        [[ ,$ONLY,nginx-static, == *",$name,"* ]] && KEPT+=("$t")
    done
    TARGETS=("${KEPT[@]}")
fi

# The anchor: nginx with its own configuration, serving the saved page.
write_nginx_conf '# Generated by bench/run.sh: the static-file anchor for the HROS benchmark.'
nginx -p "$OUT/nginx/" -e "$OUT/nginx/error.log" -c "$OUT/nginx/nginx.conf" &
NGINX_PID=$!
for _ in $(seq 50); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' $NGINX/case.html) == 200 ]] && break
    kill -0 "$NGINX_PID" 2>/dev/null || die "nginx exited; see $OUT/nginx/error.log"
    sleep 0.1
done
say "nginx serving bench/out/static on $NGINX (pid $NGINX_PID)"

# How each kind of target is asked: wrk's extra arguments and script.
wrk_args() {
    case $1 in
        cookie) printf '%s\n' -H "Cookie: $SESSION_COOKIE" -s bench/report.lua ;;
        token) if [[ -n $MEMBER_TOKEN ]]; then printf '%s\n' -H "Authorization: Bearer $MEMBER_TOKEN"; fi
            printf '%s\n' -H "Accept: application/json" -s bench/report.lua ;;
        search|api-search) printf '%s\n' -s bench/search-queries.lua ;;
        *) printf '%s\n' -s bench/report.lua ;;
    esac
}
export QUERIES=${GENERATED:-$OUT}/queries.txt SEARCH_PATH=/search SEARCH_ACCEPT=text/html
for t in "${TARGETS[@]}"; do
    IFS='|' read -r name url kind <<<"$t"
    case $kind in
        raw) continue ;;
        search|api-search) code=$(curl -s -o /dev/null -w '%{http_code}' "$url?q=$(head -1 "$QUERIES")") ;;
        cookie) code=$(curl -s -o "$LOGS/member-page.html" -w '%{http_code}' -H "Cookie: $SESSION_COOKIE" "$url")
            grep -q 'action="/logout"' "$LOGS/member-page.html" || die "the member's case page is not logged in" ;;
        token) code=$(curl -s -o /dev/null -w '%{http_code}' ${MEMBER_TOKEN:+-H "Authorization: Bearer $MEMBER_TOKEN"} "$url") ;;
        *) code=$(curl -s -o /dev/null -w '%{http_code}' "$url") ;;
    esac
    [[ $code == 200 ]] || die "$name answers $code: $url"
done
FILTERED_CARDS=$(curl -fsS "$HROS/api/v1/cases?outcome=FAILURE&topic=sourcing&size=1" \
    | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["total"])')
RAW_CP=
if [[ -n $SIZE ]]; then
    RAW_CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$GENERATED/classpath.txt")"
fi
say "filtered listing matches $FILTERED_CARDS cases"

# 4. Warm up, then measure each target.
declare -A RPS P50 P99 ERR BYTES
PG_PID=$(head -1 "$DATA/pg/postmaster.pid")
declare -A CPU
for t in "${TARGETS[@]}"; do
    IFS='|' read -r name url kind <<<"$t"
    if [[ $kind == raw ]]; then
        # Raw Lucene in its own JVM, on the same index folder, as many searches in flight as wrk has connections;
        # its own warm-up, then the measurement.
        say "$name: warm-up ${WARMUP}s and measuring ${DURATION}s on $url"
        "$JAVA" -cp "$RAW_CP" org.hros.bench.RawLuceneBench "$url" "${QUERIES%.txt}-plain.txt" "$CONNECTIONS" \
            "$WARMUP" "$DURATION" >"$LOGS/wrk-$name.txt" 2>&1 &
        sleep "$WARMUP"
    else
        mapfile -t extra < <(wrk_args "$kind")
        if [[ $kind == api-search ]]; then
            export SEARCH_PATH=/api/v1/search SEARCH_ACCEPT=application/json
        else
            export SEARCH_PATH=/search SEARCH_ACCEPT=text/html
        fi
        say "$name: warm-up ${WARMUP}s"
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s "${extra[@]}" "$url" >"$LOGS/wrk-$name-warmup.txt"
        say "$name: measuring ${DURATION}s"
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency "${extra[@]}" "$url" \
            >"$LOGS/wrk-$name.txt" &
    fi
    WRK_PID=$!
    # CPU shares over the middle of the measurement (wrk must still be running to be counted).
    sleep 1
    "$PY" bench/cpu.py snap "$LOGS/cpu-$name-a.json"
    sleep $((DURATION - 2))
    "$PY" bench/cpu.py snap "$LOGS/cpu-$name-b.json"
    top -b -n1 -w 200 | head -15 >"$LOGS/top-$name.txt"
    wait "$WRK_PID"
    CPU[$name]=$("$PY" bench/cpu.py diff "$LOGS/cpu-$name-a.json" "$LOGS/cpu-$name-b.json" \
        hros="$HROS_PID" postgres="$PG_PID" nginx="$NGINX_PID" wrk="$WRK_PID")
    line=$(grep '^RESULT ' "$LOGS/wrk-$name.txt") || die "no result from wrk for $name"
    field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$line"; }
    RPS[$name]=$(field rps)
    P50[$name]=$(awk -v us="$(field p50_us)" 'BEGIN{printf "%.2f", us/1000}')
    P99[$name]=$(awk -v us="$(field p99_us)" 'BEGIN{printf "%.2f", us/1000}')
    BYTES[$name]=$(awk -v b="$(field bytes)" -v n="$(field requests)" 'BEGIN{printf "%d", n ? b/n : 0}')
    ERR[$name]=$(($(field non2xx3xx) + $(field connect_err) + $(field read_err) + $(field write_err) + $(field timeout_err)))
done

UPTIME_AFTER=$(uptime | sed 's/^ *//')
say "machine after: $UPTIME_AFTER"
top -b -n1 -w 200 | head -15 >"$LOGS/top-after.txt"

# 5. Report.
{
    echo
    echo "HROS read-path benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "command:  $COMMAND"
    echo "git:      $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$([[ -z $(git status --porcelain 2>/dev/null) ]] || echo ' (uncommitted changes)')"
    echo "machine:  nproc=$(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/{printf "%.0f GiB RAM", $2/1048576}' /proc/meminfo), $(uname -sr)"
    echo "java:     $("$JAVA" -version 2>&1 | head -1); flags: --enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-}(JVM defaults otherwise); virtual threads on"
    echo "tools:    $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $(nginx -v 2>&1 | cut -d' ' -f3)"
    echo "uptime:   before: $UPTIME_BEFORE"
    echo "          after:  $UPTIME_AFTER"
    if [[ -n $SIZE ]]; then
        echo "start:    HROS ready in $READY_SECONDS s (generated community $SIZE, embedded PostgreSQL, index opened)"
        echo "data:     $LOAD_LINE"
    else
        echo "start:    HROS ready in $READY_SECONDS s (fresh data folder, embedded PostgreSQL, demo members)"
        echo "loading:  $CASES cases (create + submit + publish, $LOAD_PARALLEL in parallel) took $LOAD_SECONDS s; $LOAD_LINE"
    fi
    echo "wrk:      -t$THREADS -c$CONNECTIONS -d${DURATION}s --timeout 10s --latency, after a ${WARMUP}s warm-up per target"
    echo "case:     $CASE_PATH (${BYTES[case-page]:-?} bytes per response); filtered listing matches $FILTERED_CARDS cases"
    echo
    printf '%-18s %10s %9s %9s %9s %12s %12s %12s %7s\n' \
        target 'req/s' 'p50 ms' 'p99 ms' 'bytes' 'rps/nginx' 'p50/nginx' 'p99/nginx' errors
    for t in "${TARGETS[@]}"; do
        name=${t%%|*}
        awk -v n="$name" -v r="${RPS[$name]}" -v a="${P50[$name]}" -v b="${P99[$name]}" -v by="${BYTES[$name]}" \
            -v R="${RPS[nginx-static]}" -v A="${P50[nginx-static]}" -v B="${P99[nginx-static]}" -v e="${ERR[$name]}" \
            'BEGIN{printf "%-18s %10.0f %9.2f %9.2f %9d %12.4f %11.1fx %11.1fx %7d\n", n, r, a, b, by, r/R, (A>0?a/A:0), (B>0?b/B:0), e}'
    done
    echo
    echo "rps/nginx: HROS requests/s divided by nginx's; p50/p99 over nginx: how many times longer HROS takes."
    echo
    echo "CPU during each measurement (share of all $(nproc) cores; other = processes outside this benchmark):"
    for t in "${TARGETS[@]}"; do
        printf '  %-18s %s\n' "${t%%|*}" "${CPU[${t%%|*}]}"
    done
    echo "Logs and raw wrk output: ${LOGS#"$ROOT/"}/"
    [[ -z $SIZE ]] || echo "raw-lucene: the same queries as search, BM25 over the index's text and title fields in its own JVM (RawLuceneBench); CPU under wrk"
} | tee "$RESULTS"

# 6. Growth from S: p99 and req/s of each target at this size over the same target at S (when S was measured).
if [[ -n $SIZE ]]; then
    for t in "${TARGETS[@]}"; do
        name=${t%%|*}
        printf '%s\t%s\t%s\t%s\n' "$name" "${RPS[$name]}" "${P50[$name]}" "${P99[$name]}"
    done >"$OUT/results-$SIZE.tsv"
    if [[ $SIZE != S && -f $OUT/results-S.tsv ]]; then
        {
            echo
            echo "growth from S ($(sed -n 's/^cases=//p' "$OUT/generated/S/generated.properties") cases) to $SIZE ($CASES cases):"
            printf '  %-18s %12s %12s %12s %12s %10s %10s\n' target 'p99 S ms' "p99 $SIZE ms" 'req/s S' "req/s $SIZE" 'p99 x' 'req/s x'
            awk -F'\t' 'NR==FNR {r[$1]=$2; p[$1]=$4; next}
                ($1 in r) {printf "  %-18s %12.2f %12.2f %12.0f %12.0f %9.2fx %9.2fx\n", $1, p[$1], $4, r[$1], $2,
                    (p[$1] > 0 ? $4 / p[$1] : 0), (r[$1] > 0 ? $2 / r[$1] : 0)}' \
                "$OUT/results-S.tsv" "$OUT/results-$SIZE.tsv"
        } | tee -a "$RESULTS"
    fi
fi
