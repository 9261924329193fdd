# Sourced by bench/http.sh and bench/http-soak.sh: installs wrk if missing, builds the benchmark module, starts the
# benchmark launcher of the demo stack (HttpBenchServer) on 127.0.0.1, waits until it has shared its media item, and
# loads MEDIA_ID, LINK_TOKEN and PASS_TOKEN. The server is stopped when the calling script exits.
if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >&2
fi
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q -Pbenchmarks -pl access-benchmarks -am package -DskipTests >&2
fi
module=access-benchmarks/target
port=${BENCH_HTTP_PORT:-18080}
server_dir=$module/http-bench
rm -rf "$server_dir" && mkdir -p "$server_dir"
java ${BENCH_SERVER_JAVA_OPTS:--Xms256m -Xmx1g} -cp "$module/classes:$(cat "$module/classpath.txt")" \
  dev.mediaaccess.benchmarks.http.HttpBenchServer "$port" "$server_dir" > "$server_dir/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  [[ -s $server_dir/tokens.env ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$server_dir/server.log" >&2; exit 1; }
  sleep 0.5
done
[[ -s $server_dir/tokens.env ]] || { echo "the server did not start" >&2; cat "$server_dir/server.log" >&2; exit 1; }
# shellcheck disable=SC1090
source "$server_dir/tokens.env"
base=http://127.0.0.1:$port
export LINK_TOKEN
