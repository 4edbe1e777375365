-- wrk script: print one machine-readable line with throughput, latency percentiles and errors.
-- A browser's User-Agent: without one the site takes the load for a bot and skips usage capture,
-- so the benchmark would measure a page nobody gets.
wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"
-- And a browser's Accept-Encoding: shared pages are sent gzipped to every browser that accepts it.
wrk.headers["Accept-Encoding"] = "gzip, deflate, br"
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT rps=%.1f p50=%.2f p95=%.2f p99=%.2f requests=%d errors=%d non2xx=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, errors, summary.errors.status))
end
