#!/usr/bin/env bash
# Builds (once) and caches the scale databases under access-benchmarks/target/scale-db/.
#   bench/scale-db.sh 10000 10000000
# A size is kept while its .properties file exists and its schema stamp matches the adapter's SQLite migrations;
# otherwise it is built again.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q -Pbenchmarks -pl access-benchmarks -am package -DskipTests >&2
fi
module=access-benchmarks/target
# A private copy of the classes, so that rebuilding the module while a long generation runs cannot disturb it.
rm -rf "$module/scale-classes" && cp -r "$module/classes" "$module/scale-classes"
schema=$(cat access-persistence-jdbi/src/main/resources/dev/mediaaccess/persistence/jdbi/migration/sqlite/*.sql | sha256sum | cut -c1-16)
for size in "$@"; do
  stamp=$module/scale-db/scale-$size.schema
  if [[ -f $stamp && $(cat "$stamp") != "$schema" ]]; then
    echo "scale-$size.db was built with other migrations: rebuilding" >&2
    rm -f "$module/scale-db/scale-$size.properties"
  fi
  if [[ -f $module/scale-db/scale-$size.properties ]]; then
    echo "scale-$size.db is cached: $(du -h "$module/scale-db/scale-$size.db" | cut -f1)"
    continue
  fi
  /usr/bin/time -v java -Xmx2g -cp "$module/scale-classes:$(cat "$module/classpath.txt")" \
    dev.mediaaccess.benchmarks.scale.ScaleDatabaseGenerator "$size" 2> >(grep -E 'Elapsed|Maximum resident' >&2)
  echo "$schema" > "$stamp"
done
