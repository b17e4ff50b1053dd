#!/usr/bin/env bash
# CPU per search, one search at a time, on a copy of a generated community: bench/search-cpu.sh JAR NAME PORT
# (SIZE=<size> of bench/generate.sh, default S). Four passes over its queries: the API with each query new, the API
# again (result cache), the search page (rendered), the page again (page cache). See docs/performance.md.
set -u
JAR=$1; NAME=$2; PORT=$3
cd "$(dirname "$0")/.."
SIZE=${SIZE:-S}
GEN=bench/out/generated/$SIZE
OUT=bench/out/search-cpu/$NAME
rm -rf $OUT; mkdir -p $OUT
cp -r $GEN/data $OUT/data
rm -f $OUT/data/pg/postmaster.pid
JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
$JAVA --enable-native-access=ALL-UNNAMED -jar $JAR --server.port=$PORT --server.address=127.0.0.1 --hros.data-dir=$OUT/data \
  --hros.base-url=http://127.0.0.1:$PORT --hros.search.semantic.enabled=$(sed -n "s/^embeddings=//p" $GEN/generated.properties) --hros.rate-limit.post.requests=100000 --hros.rate-limit.post-from-address.requests=100000 > $OUT/hros.log 2>&1 &
PID=$!
for i in $(seq 1500); do
  grep -q 'Started HrosApplication' $OUT/hros.log && [[ $(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$PORT/actuator/health/readiness) == 200 ]] && break
  kill -0 $PID || { echo died; exit 1; }
  sleep 1
done
echo "$NAME ready after $i s"
TCK=$(getconf CLK_TCK)
cpu() { awk -v t=$TCK '{printf "%d", ($14+$15)*1000/t}' /proc/$PID/stat; }
pass() { # label path accept
  local c0 w0 c1 w1 n=0 codes=""
  c0=$(cpu); w0=$(date +%s%N)
  while read -r q; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 120 -H "Accept: $3" "http://127.0.0.1:$PORT$2?q=$q")
    [[ $code == 200 ]] || codes="$codes $code"
    n=$((n+1))
  done < $GEN/queries.txt
  c1=$(cpu); w1=$(date +%s%N)
  echo "$NAME $1: $n searches, CPU $(( (c1-c0) / n )) ms/search, wall $(( (w1-w0)/1000000/n )) ms/search, non-200:${codes:- none}, load $(cut -d' ' -f1 /proc/loadavg)"
}
pass "api cold (each query new)" /api/v1/search application/json
pass "api again (result cache)" /api/v1/search application/json
pass "page (result cache, rendered)" /search text/html
pass "page again (page cache)" /search text/html
curl -s -D - -o /dev/null "http://127.0.0.1:$PORT/search?q=$(head -1 $GEN/queries.txt)" | grep -i -E "x-page-cache|cache-control"
kill -TERM $PID
for i in $(seq 40); do kill -0 $PID 2>/dev/null || break; sleep 0.5; done
kill -0 $PID 2>/dev/null && kill -KILL $PID
PG=$(head -1 $OUT/data/pg/postmaster.pid 2>/dev/null)
[[ -n $PG ]] && kill -0 $PG 2>/dev/null && [[ $(cat /proc/$PG/comm) == postgres ]] && kill -INT $PG
echo "$NAME finished"
