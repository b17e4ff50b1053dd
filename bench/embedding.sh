#!/usr/bin/env bash
# Query embedding speed: the evaluation set's 160 queries embedded on ONE core (taskset), after a warm-up;
# prints p50/p99 for short queries and pasted descriptions, writes target/embedding-bench.txt. See docs/search.md.
# Settings: ROUNDS (default 5), CORE (default 0).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile -Dspotless.check.skip=true
taskset -c "${CORE:-0}" ./mvnw -B -q -o surefire:test -Pbench -Dtest=EmbeddingBenchmarkTests \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbench.rounds="${ROUNDS:-5}"
cat target/embedding-bench.txt
