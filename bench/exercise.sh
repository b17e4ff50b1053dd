#!/usr/bin/env bash
# Exercise checker speed: POST /api/v1/exercises/careers-page-accessibility/check with a 20 KB careers page (W3C Nu
# HTML Checker + accessibility rules), one request at a time after a warm-up; prints p50/p99 and the ratio of p99 to
# the 300 ms target. See docs/exercises.md.
# Settings: WARMUP (requests, default 50), RUNS (measured requests, default 200), PORT (default 18095), JDK.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=${OUT:-$ROOT/bench/out/exercise}
JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JDK/bin/java
WARMUP=${WARMUP:-50}
RUNS=${RUNS:-200}
PORT=${PORT:-18095}
HROS=http://127.0.0.1:$PORT
TARGET_MS=300

source bench/lib.sh

for tool in curl python3; do command -v "$tool" >/dev/null || die "$tool is missing"; done
[[ -x $JAVA ]] || die "no java at $JAVA (set JDK=...)"
if curl -s -o /dev/null --max-time 2 "$HROS/"; then die "port $PORT is already in use"; fi
rm -rf "$OUT"
mkdir -p "$OUT"

find_or_build_jar

HROS_PID=
cleanup() {
    local rc=$?
    if [[ -n $HROS_PID ]] && kill -0 "$HROS_PID" 2>/dev/null; then
        kill -TERM "$HROS_PID"
        for _ in $(seq 40); do kill -0 "$HROS_PID" 2>/dev/null || break; sleep 0.5; done
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "starting HROS from $JAR on $HROS (demo members, fresh data folder)"
"$JAVA" --enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-} -jar "$JAR" \
    --server.port=$PORT --server.address=127.0.0.1 \
    --hros.data-dir="$OUT/data" --hros.base-url=$HROS \
    --spring.profiles.active=demo \
    --hros.rate-limit.post.requests=100000 --hros.rate-limit.post-from-address.requests=100000 \
    >"$OUT/hros.log" 2>&1 &
HROS_PID=$!
for _ in $(seq 360); do
    kill -0 "$HROS_PID" 2>/dev/null || die "HROS exited during start; see $OUT/hros.log"
    if grep -q 'Loaded the demo community' "$OUT/hros.log" \
        && [[ $(curl -s -o /dev/null -w '%{http_code}' $HROS/actuator/health/readiness) == 200 ]]; then
        break
    fi
    sleep 0.5
done
grep -q 'Loaded the demo community' "$OUT/hros.log" || die "HROS did not become ready in 180 s"

# A personal access token, created the way a member does it: log in, then /profile -> new token.
jar=$OUT/cookies.txt
csrf=$(curl -fsS -c "$jar" -b "$jar" $HROS/login | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=maya@example.org" \
    --data-urlencode "password=demo-member-password" --data-urlencode "_csrf=$csrf" $HROS/login
csrf=$(curl -fsS -c "$jar" -b "$jar" $HROS/profile | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
TOKEN=$(curl -fsSL -c "$jar" -b "$jar" --data-urlencode "name=bench" --data-urlencode "scopes=READ" --data-urlencode "scopes=WRITE" --data-urlencode "_csrf=$csrf" \
    $HROS/profile/tokens | grep -o 'class="token-secret"><code>[^<]*' | sed 's/.*<code>//')
[[ -n $TOKEN ]] || die "no API token"

# A 20 KB careers page: the exercise's starting material with its job list repeated.
python3 - "$OUT/body.json" <<'PY'
import json, sys
start = open("src/main/resources/exercise/builtin/careers-page-accessibility/start.txt").read()
row = '<li>Warehouse team lead, Gdańsk — <a href="/jobs/1042">click here</a></li>\n'
head, tail = start.split("</ul>", 1)
while len((head + tail).encode()) < 20 * 1024:
    head += row
json.dump({"text": head + "</ul>" + tail}, open(sys.argv[1], "w"))
PY
say "snippet: $(python3 -c "import json;print(len(json.load(open('$OUT/body.json'))['text'].encode()))") bytes"

check() {
    curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' --data-binary @"$OUT/body.json" \
        $HROS/api/v1/exercises/careers-page-accessibility/check
}
say "warm-up: $WARMUP requests"
for _ in $(seq "$WARMUP"); do check >/dev/null; done
say "measuring: $RUNS requests, one at a time"
for _ in $(seq "$RUNS"); do check; done >"$OUT/times.txt"

python3 - "$OUT/times.txt" "$TARGET_MS" <<'PY' | tee "$OUT/results.txt"
import sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
bad = [r for r in rows if r[0] != "200"]
ms = sorted(float(r[1]) * 1000 for r in rows if r[0] == "200")
if not ms:
    sys.exit("no successful request")
def pct(p):
    return ms[min(len(ms) - 1, int(round(p / 100 * len(ms) + 0.5)) - 1)]
target = float(sys.argv[2])
print(f"requests: {len(ms)} ok, {len(bad)} failed")
print(f"p50: {pct(50):.1f} ms  p90: {pct(90):.1f} ms  p99: {pct(99):.1f} ms  max: {ms[-1]:.1f} ms")
print(f"p99 / target ({target:.0f} ms): {pct(99) / target:.2f}")
PY
say "machine: $(uptime | sed 's/^ *//')"
