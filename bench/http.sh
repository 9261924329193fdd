#!/usr/bin/env bash
# HTTP benchmark on loopback: wrk against the demo stack (benchmark launcher HttpBenchServer, SQLite), measuring
#   hello  GET /bench/hello          the baseline: a bare route of the same server, in the same run
#   access GET /api/media/{id}       as a guest holding a pass (Authorization: Bearer)
#   join   POST /api/join            through the guest link, every request a new email
# at each connection count, each for a bounded duration. Targets: access >= 50% and join >= 25% of hello's rate,
# no 5xx. Writes bench/results/http.md.
#   bench/http.sh                                   (defaults: BENCH_HTTP_CONNECTIONS="2 16 64 256", BENCH_HTTP_DURATION=10s)
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${BENCH_HTTP_CONNECTIONS:-2 16 64 256}
duration=${BENCH_HTTP_DURATION:-10s}
source bench/lib/http-server.sh

run() { # name connections url script [bearer]
  local name=$1 c=$2 url=$3 script=$4 bearer=${5:-}
  local threads=$(( c < 2 ? 1 : 2 ))
  local line
  line=$(RUN_ID="$name-$c-$(date +%s%N)" BEARER=$bearer wrk -t"$threads" -c"$c" -d"$duration" --timeout 10s -s "$script" "$url" | grep '^RESULT') || true
  echo "$name $c $line"
}

echo "warming up" >&2
BEARER=$PASS_TOKEN wrk -t2 -c16 -d5s -s bench/wrk/report.lua "$base/api/media/$MEDIA_ID" >/dev/null
RUN_ID=warmup wrk -t2 -c16 -d5s -s bench/wrk/join.lua "$base/api/join" >/dev/null
wrk -t2 -c16 -d5s -s bench/wrk/report.lua "$base/bench/hello" >/dev/null

out=bench/results/http.md
mkdir -p bench/results
{
  echo "| connections | endpoint | requests/s | ratio to hello | 2xx | 4xx | 5xx | socket errors | p50 ms | p99 ms |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
} > "$out"
for c in $connections; do
  hello=$(run hello "$c" "$base/bench/hello" bench/wrk/report.lua)
  access=$(run access "$c" "$base/api/media/$MEDIA_ID" bench/wrk/report.lua "$PASS_TOKEN")
  join=$(run join "$c" "$base/api/join" bench/wrk/join.lua)
  hello_rps=$(sed -n 's/.*rps=\([0-9.]*\).*/\1/p' <<< "$hello")
  for row in "$hello" "$access" "$join"; do
    echo "$row" >&2
    awk -v base="$hello_rps" '{
      for (i = 3; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      printf "| %s | %s | %.0f | %.2f | %s | %s | %s | %s | %s | %s |\n", $2, $1, v["rps"], v["rps"] / base,
        v["s2xx"], v["s4xx"], v["s5xx"], v["socket_errors"], v["p50_ms"], v["p99_ms"] }' <<< "$row" >> "$out"
  done
done
cat "$out"
