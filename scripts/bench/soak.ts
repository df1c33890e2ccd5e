// Soak: the dashboard mix at half the measured peak rate for 10 minutes (--minutes), in windows:
// no errors or non-2xx, the server's RSS growth after the warm-up window ≤ 10 %, and p99 drift
// (first window after warm-up vs the last) ≤ 20 %.
// Usage: pnpm bench:soak [--smoke] [--minutes 10] [--window 60] [--rate N] [--connections 100]

import { rssMb, startApp } from "@aiml/script-lib/app";
import { median, percentile } from "@aiml/script-lib/stats";
import { readArgs } from "./lib/args";
import { load } from "./lib/load";
import { printTable, verdict } from "./lib/table";
import { checkPaths, dashboardPaths } from "./lib/throughput";

const targets = { rssGrowth: 0.1, p99Drift: 0.2 };
const args = readArgs({ rounds: 1, seconds: 10 }, ["minutes", "window", "rate"] as const);
const minutes = Number(args.minutes ?? (args.smoke ? 0.5 : 10));
const windowSeconds = Number(args.window ?? (args.smoke ? 10 : 60));
if (!(minutes > 0) || !(windowSeconds > 0) || (minutes * 60) / windowSeconds < 3) {
  console.error("--minutes and --window must leave at least three windows (warm-up, first, last).");
  process.exit(2);
}

interface Window {
  latencies: number[];
  non2xx: number;
  errors: number;
  rss: number[];
}

const app = await startApp({ verbose: args.verbose });
try {
  await checkPaths(app.base, dashboardPaths);
  const mix = { url: app.base, paths: dashboardPaths, connections: args.connections };
  let rate = Number(args.rate ?? 0);
  if (!rate) {
    const peak = await load({ ...mix, seconds: args.seconds });
    rate = Math.max(1, Math.floor(peak.rps / 2));
    console.log(
      `Peak on the dashboard mix: ${peak.rps.toFixed(0)} req/s; soaking at ${rate} req/s`,
    );
  }

  const windows: Window[] = [];
  const started = performance.now();
  const current = () => {
    const index = Math.floor((performance.now() - started) / (windowSeconds * 1000));
    while (windows.length <= index) windows.push({ latencies: [], non2xx: 0, errors: 0, rss: [] });
    return windows[index] as Window;
  };
  const sampler = setInterval(
    () => current().rss.push(rssMb(app.nextPid)),
    Math.min(5000, (windowSeconds * 1000) / 5),
  );
  await load({
    ...mix,
    seconds: minutes * 60,
    overallRate: rate,
    onResponse: (status, latency) => {
      const w = current();
      w.latencies.push(latency);
      if (status < 200 || status > 299) w.non2xx++;
    },
    onError: () => current().errors++,
  });
  clearInterval(sampler);

  // Responses that arrive after the last full window belong to no window that is judged.
  const full = windows.slice(0, Math.floor((minutes * 60) / windowSeconds));
  const first = full[1] as Window;
  const last = full[full.length - 1] as Window;
  const p99 = (w: Window) => percentile(w.latencies, 99);
  const rssGrowth = median(last.rss) / median(first.rss) - 1;
  const p99Drift = p99(last) / p99(first) - 1;
  const failures = windows.reduce((n, w) => n + w.non2xx + w.errors, 0);

  console.log(
    `\nSoak: ${minutes} min on ${dashboardPaths.join(" ")} at ${rate} req/s, ${args.connections} connections, ${windowSeconds} s windows (the first is warm-up)\n`,
  );
  printTable(
    ["window", "req/s", "p50 ms", "p99 ms", "non-2xx", "errors", "RSS MB"],
    windows.map((w, i) => [
      `${i * windowSeconds}–${(i + 1) * windowSeconds} s${i === 0 ? " (warm-up)" : i >= full.length ? " (tail)" : ""}`,
      (w.latencies.length / windowSeconds).toFixed(0),
      percentile(w.latencies, 50).toFixed(0),
      p99(w).toFixed(0),
      w.non2xx,
      w.errors,
      w.rss.length ? median(w.rss).toFixed(0) : "–",
    ]),
  );
  const checks = [
    [`errors + non-2xx: ${failures} (target 0)`, failures === 0],
    [
      `RSS growth after warm-up: ${(rssGrowth * 100).toFixed(1)} % (target ≤ ${targets.rssGrowth * 100} %)`,
      rssGrowth <= targets.rssGrowth,
    ],
    [
      `p99 drift, first vs last window: ${(p99Drift * 100).toFixed(1)} % (target ≤ ${targets.p99Drift * 100} %)`,
      p99Drift <= targets.p99Drift,
    ],
  ] as const;
  console.log("");
  for (const [text, ok] of checks) console.log(`${verdict(ok).padEnd(4)}  ${text}`);
  process.exitCode = checks.every(([, ok]) => ok) || (args.smoke && failures === 0) ? 0 : 1;
} finally {
  await app.stop();
}
