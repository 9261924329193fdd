#!/usr/bin/env bash
# Builds access-benchmarks (profile -Pbenchmarks, never part of the default build) and runs JMH with the given
# arguments, e.g.  bench/jmh.sh TokenWorkBenchmark -t 2 -wi 2 -i 3 -f 1 -w 3s -r 4s
# Set BENCH_SKIP_BUILD=1 to reuse the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q -Pbenchmarks -pl access-benchmarks -am package -DskipTests >&2
fi
module=access-benchmarks/target
exec java -cp "$module/classes:$(cat "$module/classpath.txt")" org.openjdk.jmh.Main "$@"
