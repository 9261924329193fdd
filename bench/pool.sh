#!/usr/bin/env bash
# Guest join on SQLite at 8 threads for pool sizes 1, 2, 4, 8 and the shipped default (poolSize=0) -> bench/results/pool-t8.json
set -euo pipefail
cd "$(dirname "$0")/.."
bench/suite.sh pool "8" GuestJoinBenchmark -p db=SQLITE -p poolSize=0,1,2,4,8 "$@"
