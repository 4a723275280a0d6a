-- Shared by the API benchmark's wrk scripts: at the end, one machine-readable line that
-- scripts/bench/api reads (wrk's own summary is printed above it, for people).
--   RESULT requests=N seconds=S rps=R p50_ms=… p90_ms=… p99_ms=… max_ms=… non2xx=N socket_errors=N
function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local errors = summary.errors
   io.write(string.format(
      "RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f non2xx=%d socket_errors=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
