#!/usr/bin/env bash
# Guest join through JDBI on SQLite and PostgreSQL at 1, 2, 8 and 64 threads -> bench/results/join-t*.json
set -euo pipefail
cd "$(dirname "$0")/.."
bench/suite.sh join "1 2 8 64" GuestJoinBenchmark "$@"
