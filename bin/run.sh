#!/usr/bin/env bash
# Runs HROS from its jar the way it is measured in docs/performance.md: with a heap limit and the memory settings
# below, and, on Java 25 or later, with the JVM's ahead-of-time cache when one has been built for this jar.
#
#   ./mvnw -B -q -DskipTests package        build target/hros-*.jar
#   bin/run.sh --build-cache                extract it to target/app and record the AOT cache (a training start)
#   bin/run.sh [application arguments]      start HROS, e.g. bin/run.sh --spring.profiles.active=demo
#
# Environment: JAVA_HOME (else the java on the PATH), HROS_HEAP (the heap limit, 384m), JAVA_OPTS (added last, so
# they win), JAR (the jar, else target/hros-*.jar; relative or through a link, the cache knows it by its real path),
# APP_DIR (where the jar is extracted, target/app). What the start and the memory are made of: docs/performance.md.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/java}
JAVA=${JAVA:-$(command -v java || true)}
JAR=${JAR:-$(ls "$ROOT"/target/hros-*.jar 2>/dev/null | head -1 || true)}
# One name for the jar however it was written (relative, through a link): the AOT cache's stamp records it.
[[ -n $JAR && -f $JAR ]] && JAR=$(readlink -f "$JAR")
APP=${APP_DIR:-$ROOT/target/app}
CACHE=$APP/hros.aot

die() { echo "bin/run.sh: $*" >&2; exit 1; }
[[ -x $JAVA ]] || die "no java found (set JAVA_HOME)"
[[ -f $JAR ]] || die "no jar: build it with ./mvnw -B -q -DskipTests package (or set JAR=...)"
feature() { "$JAVA" "$@" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
# The Java version, asked with the native-heap trimming option below: a JVM that does not know it answers nothing,
# and is asked again without it.
TRIM=(-XX:TrimNativeHeapInterval=10000)
FEATURE=$(feature "${TRIM[@]}")
[[ -n $FEATURE ]] || { TRIM=(); FEATURE=$(feature); }

# Memory (docs/performance.md, "Start-up and memory"): a fixed heap limit instead of a quarter of the machine's RAM
# (256 MB ran out once the named-entity model, about 100 MB, was loaded; it now loads at the first redaction scan);
# the serial collector, whose bookkeeping costs less memory than G1's, which suits one or two cores, and which gives
# memory back when the heap is more than 40 % free; small thread stacks (requests run on virtual threads, whose
# stacks live in the heap); bounded metaspace, JIT code and direct buffers. Under the benchmark's load RSS is about
# 480-500 MB for cached reads and about 600 MB once searches have loaded the embedding model (ONNX Runtime, outside
# the heap): the 384 MB limit is kept for the named-entity model, so 512 MB is not met with both (performance.md).
MEMORY_OPTS=(
    "-Xmx${HROS_HEAP:-384m}" -Xms64m
    -XX:+UseSerialGC -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40
    -Xss512k
    -XX:ReservedCodeCacheSize=64m
    -XX:MaxMetaspaceSize=256m
    -XX:MaxDirectMemorySize=64m
    -XX:+ExitOnOutOfMemoryError
)
# Memory the C heap has freed (the JIT compilers' work areas, ONNX Runtime's tensors after a search's embedding) stays
# with glibc and counts in RSS until it is trimmed: the JVM trims it every 10 s (Java 21, and 17 from update 9 on;
# an older JVM that refuses the option starts without it).
OPTS=(--enable-native-access=ALL-UNNAMED "${MEMORY_OPTS[@]}" ${TRIM[@]+"${TRIM[@]}"})
# glibc gives each thread that allocates natively (ONNX Runtime, the JIT) an arena of its own; two are plenty here.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# The AOT cache only fits the jar it was recorded with; the extracted copy is refreshed when the jar changes.
extract() {
    rm -rf "$APP"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null
    stamp >"$APP/.source-jar"
}
# The jar's size and modification time, and its name resolved to an absolute path: the same jar gives the same stamp
# however JAR was written.
stamp() { printf '%s %s\n' "$(readlink -f "$JAR")" "$(stat -c '%s %Y' "$JAR")"; }
current() { [[ -f $APP/.source-jar && $(cat "$APP/.source-jar") == "$(stamp)" ]]; }

if [[ ${1:-} == --build-cache ]]; then
    ((FEATURE >= 25)) || die "the AOT cache needs Java 25 or later (this is $FEATURE)"
    extract
    training=$APP/training-data
    echo "bin/run.sh: training start on a throw-away data folder; the JVM writes $CACHE as it exits"
    # Spring starts every bean (the embedded PostgreSQL, migrations, Hibernate, search, security, Tomcat's
    # set-up) and then ends the JVM: the classes loaded on the way are what the cache keeps.
    (cd "$APP" && "$JAVA" "${OPTS[@]}" -XX:AOTCacheOutput="$CACHE" -Dspring.context.exit=onRefresh \
        -jar "$APP/$(basename "$JAR")" --hros.data-dir="$training" --server.port=0 ${JAVA_OPTS:-})
    # The JVM ends without its shutdown hooks, so the training's PostgreSQL is stopped here.
    if [[ -f $training/pg/postmaster.pid ]]; then
        kill -INT "$(head -1 "$training/pg/postmaster.pid")" 2>/dev/null || true
        sleep 2
    fi
    rm -rf "$training"
    [[ -f $CACHE ]] || die "no cache was written"
    echo "bin/run.sh: AOT cache ready ($(du -h "$CACHE" | cut -f1)); bin/run.sh now starts with it"
    exit 0
fi

if ((FEATURE >= 25)) && [[ -f $CACHE ]] && current; then
    # shellcheck disable=SC2086
    exec "$JAVA" "${OPTS[@]}" -XX:AOTCache="$CACHE" ${JAVA_OPTS:-} -jar "$APP/$(basename "$JAR")" "$@"
fi
[[ -f $CACHE ]] && ! current && echo "bin/run.sh: the AOT cache is for an older jar; run bin/run.sh --build-cache" >&2
# shellcheck disable=SC2086
exec "$JAVA" "${OPTS[@]}" ${JAVA_OPTS:-} -jar "$JAR" "$@"
