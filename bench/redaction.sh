#!/usr/bin/env bash
# Redaction assistant speed: one 2,000-word case scanned with the named-entity model and with the rules alone,
# after a warm-up, on one thread; prints p50/p99 and writes target/redaction-bench.txt. See docs/redaction.md.
# Settings: RUNS (measured scans, default 500), WARMUP (default 100).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Pbench -Dtest=RedactionBenchmarkTests -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.runs="${RUNS:-500}" -Dbench.warmup="${WARMUP:-100}"
cat target/redaction-bench.txt
