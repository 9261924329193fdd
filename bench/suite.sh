#!/usr/bin/env bash
# Runs one JMH suite at several thread counts, one JSON result file per count under bench/results/.
#   bench/suite.sh NAME "THREADS..." JMH-ARGS...
#   e.g. bench/suite.sh tokens "1 2" TokenWorkBenchmark
# Short runs by default (-wi 2 -i 3 -f 1, 3 s warmups, 4 s measurements); override with JMH_TIMING.
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1; threads=$2; shift 2
timing=${JMH_TIMING:--wi 2 -i 3 -f 1 -w 3s -r 4s}
mkdir -p bench/results
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q -Pbenchmarks -pl access-benchmarks -am package -DskipTests >&2
fi
for t in $threads; do
  out=bench/results/$name-t$t.json
  echo "== $name at $t thread(s) -> $out" >&2
  # shellcheck disable=SC2086
  BENCH_SKIP_BUILD=1 bench/jmh.sh "$@" $timing -t "$t" -rf json -rff "$out"
done
