#!/usr/bin/env bash
# Token work (mint, verify, guest link URL; raw SHA-256 baseline) at 1 and 2 threads -> bench/results/tokens-t*.json
set -euo pipefail
cd "$(dirname "$0")/.."
bench/suite.sh tokens "1 2" TokenWorkBenchmark "$@"
