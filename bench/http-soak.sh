#!/usr/bin/env bash
# Memory of the demo stack over a long join run: wrk keeps POST /api/join busy (new emails, BENCH_SOAK_CONNECTIONS
# connections) for BENCH_SOAK_SECONDS, in slices of BENCH_SOAK_INTERVAL seconds; after each slice the server's RSS
# and its heap used right after a full GC (jcmd GC.run, then GC.heap_info) are sampled. Writes bench/results/http-soak.md.
#   bench/http-soak.sh              (defaults: 600 s in 60 s slices, 64 connections)
set -euo pipefail
cd "$(dirname "$0")/.."
total=${BENCH_SOAK_SECONDS:-600}
interval=${BENCH_SOAK_INTERVAL:-60}
connections=${BENCH_SOAK_CONNECTIONS:-64}
source bench/lib/http-server.sh

sample() { # elapsed joins rps line
  local rss heap
  rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$server_pid/status")
  jcmd "$server_pid" GC.run >/dev/null
  heap=$(jcmd "$server_pid" GC.heap_info | sed -n 's/.*garbage-first heap.*used \([0-9]*\)K.*/\1/p' | head -1)
  printf "| %s | %s | %s | %s | %s | %s |\n" "$1" "$2" "$3" "$rss" "$(( ${heap:-0} / 1024 ))" "$4"
}

out=bench/results/http-soak.md
mkdir -p bench/results
{
  echo "| elapsed s | joins so far | joins/s in slice | RSS MB | heap after GC MB | 5xx in slice |"
  echo "|---|---|---|---|---|---|"
  sample 0 0 - 0
} > "$out"
elapsed=0
joins=0
while (( elapsed < total )); do
  line=$(RUN_ID="soak-$elapsed" wrk -t2 -c"$connections" -d"${interval}s" --timeout 10s -s bench/wrk/join.lua "$base/api/join" | grep '^RESULT')
  elapsed=$(( elapsed + interval ))
  joins=$(( joins + $(sed -n 's/.*s2xx=\([0-9]*\).*/\1/p' <<< "$line") ))
  rps=$(sed -n 's/.*rps=\([0-9.]*\).*/\1/p' <<< "$line")
  s5xx=$(sed -n 's/.*s5xx=\([0-9]*\).*/\1/p' <<< "$line")
  sample "$elapsed" "$joins" "$rps" "$s5xx" | tee -a "$out" >&2
done
cat "$out"
