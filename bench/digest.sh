#!/usr/bin/env bash
# Digest build speed: 10,000 members with interests, a week's worth of cases and answered requests; prints
# members/s for building alone and for a whole run (build, render, queue) against the 60 s target, and writes
# target/digest-bench.txt. See docs/digest.md. Settings: MEMBERS (default 10000), CASES (150), REQUESTS (20).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Pbench -Dtest=DigestBenchmarkTests -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.members="${MEMBERS:-10000}" -Dbench.cases="${CASES:-150}" -Dbench.requests="${REQUESTS:-20}"
cat target/digest-bench.txt
