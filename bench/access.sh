#!/usr/bin/env bash
# Access check through JDBI on SQLite and PostgreSQL against a raw JDBC point select, and through the in-memory adapter, at 1 and 2 threads -> bench/results/access-*.json
set -euo pipefail
cd "$(dirname "$0")/.."
bench/suite.sh access-jdbi "1 2" JdbiAccessCheckBenchmark "$@"
BENCH_SKIP_BUILD=1 bench/suite.sh access-memory "1 2" InMemoryAccessCheckBenchmark "$@"
