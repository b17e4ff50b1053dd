#!/usr/bin/env bash
# Query embedding speed: the evaluation set's 160 queries embedded on ONE core (taskset), after a warm-up;
# prints p50/p99 for short queries and pasted descriptions, writes target/embedding-bench.txt. See docs/search.md.
# Settings: ROUNDS (default 5), CORE (default 0).
set -euo pipefail
cd "$(dirname "$0")/.."
# `bench/embedding.sh batch`: case vectors per second one at a time, on several callers, and in batches of
# 2-128 (SentenceEmbeddings.embedAll) on the same 200 generated case texts; checks the vectors are the same.
if [[ ${1:-} == batch ]]; then
    ./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile=target/embedding-classpath.txt
    exec "${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" --enable-native-access=ALL-UNNAMED \
        -cp "target/test-classes:target/classes:$(cat target/embedding-classpath.txt)" \
        -Dbench.texts="${TEXTS:-200}" org.hros.search.domain.analysis.EmbeddingBatchBench
fi
./mvnw -B -q test-compile -Dspotless.check.skip=true
taskset -c "${CORE:-0}" ./mvnw -B -q -o surefire:test -Pbench -Dtest=EmbeddingBenchmarkTests \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbench.rounds="${ROUNDS:-5}"
cat target/embedding-bench.txt
