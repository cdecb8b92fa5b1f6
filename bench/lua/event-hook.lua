-- wrk script of bench/event-hooks: authenticated POSTs of Okta event-hook deliveries, each with
-- EVENTS (first script argument) System Log events of fresh uuids about one user, in the shape
-- EventHookLoad (bench-harness) sends. Prints one RESULT line for EventHookLoad to read.
-- Usage: wrk -t2 -c16 -d60s -s event-hook.lua URL -- EVENTS SECRET LABEL

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  events = tonumber(args[1] or "1")
  secret = args[2] or ""
  label = args[3] or "wrk"
  seq = 0
  statuses = 0
end

function request()
  seq = seq + 1
  local now = os.date("!%Y-%m-%dT%H:%M:%SZ")
  local user = "00ubench" .. (tid * 31 + seq % 97)
  local parts = {}
  for e = 0, events - 1 do
    parts[#parts + 1] = '{"uuid":"' .. label .. '-' .. tid .. '-' .. seq .. '-' .. e ..
      '","published":"' .. now ..
      '","eventType":"user.session.start","version":"0","severity":"INFO",' ..
      '"actor":{"id":"' .. user .. '","type":"User","alternateId":"u@example.com"},' ..
      '"target":[{"id":"' .. user .. '","type":"User"}],' ..
      '"outcome":{"result":"SUCCESS"},"debugContext":{"debugData":{"requestUri":"/login"}}}'
  end
  local body = '{"eventType":"com.okta.event_hook","eventTypeVersion":"1.0",' ..
    '"cloudEventsVersion":"0.1","source":"https://bench.okta.com/api/v1/eventHooks/whoBench",' ..
    '"eventId":"' .. label .. '-' .. tid .. '-' .. seq .. '","data":{"events":[' ..
    table.concat(parts, ",") .. ']}}'
  return wrk.format("POST", nil,
    {["Authorization"] = secret, ["Content-Type"] = "application/json"}, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d " ..
    "non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    latency.max, e.status, e.connect + e.read + e.write + e.timeout))
end
