-- wrk reporting: p50/p95/p99 latency and throughput as one line, for docs/performance.md.
-- Request headers come from the environment: WRK_COOKIE, WRK_AUTH, WRK_HEADER ("Name: value").
local cookie = os.getenv("WRK_COOKIE")
local auth = os.getenv("WRK_AUTH")
local header = os.getenv("WRK_HEADER")
wrk.headers["Accept-Language"] = "de"
if cookie and cookie ~= "" then wrk.headers["Cookie"] = cookie end
if auth and auth ~= "" then wrk.headers["Authorization"] = auth end
if header and header ~= "" then
  local name, value = header:match("^([^:]+):%s*(.*)$")
  wrk.headers[name] = value
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT p50=%.1fms p95=%.1fms p99=%.1fms rps=%.0f requests=%d errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests, errors))
end
