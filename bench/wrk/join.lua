-- POST /api/join through the shared guest link, every request with an email never used before:
-- wrk-{RUN_ID}-{thread}-{n}@bench.example. LINK_TOKEN and RUN_ID come from the environment.
dofile("bench/wrk/report.lua")

local token = os.getenv("LINK_TOKEN")
local run = os.getenv("RUN_ID") or "0"
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
joins = 0

function request()
  joins = joins + 1
  local body = string.format('{"token":"%s","name":"Wrk Guest","email":"wrk-%s-%d-%d@bench.example"}',
    token, run, id, joins)
  return wrk.format(nil, nil, nil, body)
end
