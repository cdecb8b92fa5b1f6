-- wrk script of the bench/* scripts: POSTs the JSON body of file $BENCH_BODY_FILE with the
-- Authorization header $BENCH_AUTH, and prints one machine-readable RESULT line at the end
-- (latencies in milliseconds; errors = non-2xx answers, connect/read/write errors and timeouts).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")
local file = assert(io.open(os.getenv("BENCH_BODY_FILE"), "r"))
wrk.body = file:read("*a")
file:close()

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d errors=%d rps=%.1f p50=%.3f p99=%.3f p999=%.3f max=%.3f\n",
    summary.requests, e.connect + e.read + e.write + e.status + e.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000))
end
