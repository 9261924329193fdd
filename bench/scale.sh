#!/usr/bin/env bash
# Access check and guest join on cached SQLite databases of 10,000 and 10,000,000 guests and passes (built once by bench/scale-db.sh) at 1 thread -> bench/results/scale-t1.json
set -euo pipefail
cd "$(dirname "$0")/.."
bench/scale-db.sh 10000 10000000
BENCH_SKIP_BUILD=1 bench/suite.sh scale "1" ScaleBenchmark "$@"
