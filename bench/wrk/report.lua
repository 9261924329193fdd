-- Shared by every wrk script of bench/http.sh: counts responses by status class in each thread and prints one
-- RESULT line at the end, which bench/http.sh turns into a table row. The same script (and so the same client-side
-- cost) runs for the baseline and for the measured endpoints.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  s2xx, s3xx, s4xx, s5xx = 0, 0, 0, 0
  sent = 0
  local bearer = os.getenv("BEARER")
  if bearer and bearer ~= "" then
    wrk.headers["Authorization"] = "Bearer " .. bearer
  end
end

function response(status, headers, body)
  if status >= 500 then s5xx = s5xx + 1
  elseif status >= 400 then s4xx = s4xx + 1
  elseif status >= 300 then s3xx = s3xx + 1
  else s2xx = s2xx + 1 end
end

function done(summary, latency, requests)
  local c2, c3, c4, c5 = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    c2 = c2 + t:get("s2xx"); c3 = c3 + t:get("s3xx"); c4 = c4 + t:get("s4xx"); c5 = c5 + t:get("s5xx")
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f s2xx=%d s3xx=%d s4xx=%d s5xx=%d socket_errors=%d p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, seconds, summary.requests / seconds, c2, c3, c4, c5,
    e.connect + e.read + e.write + e.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
