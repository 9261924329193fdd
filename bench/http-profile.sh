#!/usr/bin/env bash
# Profiles the demo stack (HttpBenchServer) with JFR while wrk loads one endpoint, then prints the hot methods.
#   bench/http-profile.sh access|join|hello [CONNECTIONS] [SECONDS]     (defaults: 64 connections, 20 s)
# The recording stays in access-benchmarks/target/profiles/http-ENDPOINT.jfr.
set -euo pipefail
cd "$(dirname "$0")/.."
endpoint=$1
connections=${2:-64}
seconds=${3:-20}
source bench/lib/http-server.sh
case $endpoint in
  access) url=$base/api/media/$MEDIA_ID; script=bench/wrk/report.lua; bearer=$PASS_TOKEN ;;
  join) url=$base/api/join; script=bench/wrk/join.lua; bearer= ;;
  hello) url=$base/bench/hello; script=bench/wrk/report.lua; bearer= ;;
  *) echo "unknown endpoint $endpoint" >&2; exit 2 ;;
esac
recording=$PWD/access-benchmarks/target/profiles/http-$endpoint.jfr
mkdir -p "$(dirname "$recording")"
RUN_ID=warmup BEARER=$bearer wrk -t2 -c"$connections" -d5s -s "$script" "$url" >/dev/null
jcmd "$server_pid" JFR.start name=bench settings=profile duration="${seconds}s" filename="$recording" >/dev/null
RUN_ID=profile BEARER=$bearer wrk -t2 -c"$connections" -d"${seconds}s" -s "$script" "$url" | grep '^RESULT'
sleep 2
bench/hotspots.py "$recording" 40
