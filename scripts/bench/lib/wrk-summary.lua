-- Loaded by wrk (lib/wrk.ts): prints the run's totals and latency percentiles as one JSON line.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"bytes":%d,"socketErrors":%d,"timeouts":%d,"statusErrors":%d,"p50Us":%d,"p99Us":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect + e.read + e.write, e.timeout,
    e.status, latency:percentile(50), latency:percentile(99)))
end
