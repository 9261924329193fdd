#!/usr/bin/env bash
# Builds (once) and caches the scale databases under access-benchmarks/target/scale-db/.
#   bench/scale-db.sh 10000 10000000
# A size whose .properties file exists is kept; delete it to rebuild.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q -Pbenchmarks -pl access-benchmarks -am package -DskipTests >&2
fi
module=access-benchmarks/target
# A private copy of the classes, so that rebuilding the module while a long generation runs cannot disturb it.
rm -rf "$module/scale-classes" && cp -r "$module/classes" "$module/scale-classes"
for size in "$@"; do
  if [[ -f $module/scale-db/scale-$size.properties ]]; then
    echo "scale-$size.db is cached: $(du -h "$module/scale-db/scale-$size.db" | cut -f1)"
    continue
  fi
  /usr/bin/time -v java -Xmx2g -cp "$module/scale-classes:$(cat "$module/classpath.txt")" \
    dev.mediaaccess.benchmarks.scale.ScaleDatabaseGenerator "$size" 2> >(grep -E 'Elapsed|Maximum resident' >&2)
done
