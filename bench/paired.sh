#!/usr/bin/env bash
# Paired (alternating) runs of the in-process suites: contender and baseline in short slices, in random order, round
# after round, so both see the same machine load; reports median rates and median per-round ratios.
#   bench/paired.sh SUITE...     SUITE: access-sqlite access-postgresql access-memory tokens join-sqlite
#                                       join-postgresql invite-sqlite invite-postgresql scale pool   (default: all)
# Writes bench/results/paired-SUITE.md (table) and .csv (every slice). Timing: BENCH_PAIRED_OPTS, e.g.
# "-Dbench.rounds=15 -Dbench.sliceMs=500 -Dbench.warmupMs=3000" (the defaults).
set -euo pipefail
cd "$(dirname "$0")/.."
suites=("$@")
(( ${#suites[@]} )) || suites=(access-sqlite access-postgresql access-memory tokens join-sqlite join-postgresql invite-sqlite invite-postgresql pool scale)
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q -Pbenchmarks -pl access-benchmarks -am package -DskipTests >&2
fi
module=access-benchmarks/target
classpath=${BENCH_CLASSPATH:-$module/classes:$(cat "$module/classpath.txt")}
for suite in "${suites[@]}"; do
  [[ $suite == scale ]] && BENCH_SKIP_BUILD=1 bench/scale-db.sh 10000 10000000 >&2
  # shellcheck disable=SC2086
  java -Xmx2g ${BENCH_PAIRED_OPTS:-} -cp "$classpath" dev.mediaaccess.benchmarks.paired.PairedSuites "$suite"
done
