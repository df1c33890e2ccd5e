// Lighthouse (default mobile config, simulated throttling) on every public route of the
// production build, driving Debian's Chromium. Prints each route's median over runs.
// Usage: pnpm bench:lighthouse [--smoke] [--rounds 3] [--paths /growth,/pay] [--cpu-slowdown 4]
// --cpu-slowdown: Lighthouse's CPU multiplier (default 4, calibrated for a host index near
// 1,500): scaled to a faster host's index, it asks what a slower machine would measure.
import { publicPagePaths } from "@aiml/domain";
import { startApp } from "@aiml/script-lib/app";
import { formatSpread, type Spread, spread } from "@aiml/script-lib/stats";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type ThrottlingSettings } from "lighthouse";
import { chromiumFlags, chromiumPath } from "../ensure-chromium.mjs";
import { readArgs } from "./lib/args";
import { printTable, verdict } from "./lib/table";

const targets = { score: 98, tbtMs: 150, lcpMs: 1200 };

const args = readArgs({ rounds: 3, seconds: 1 }, ["paths", "cpu-slowdown"]);
const cpuSlowdownMultiplier = Number(args["cpu-slowdown"] ?? 4);
const routes = args.paths ? args.paths.split(",") : publicPagePaths;
const app = await startApp({ verbose: args.verbose });
// A route's first request after the server starts loads its code (about 0.8 s): not what a visit
// of a running site costs, so every route is requested once before it is measured.
for (const route of routes) await (await fetch(`${app.base}${route}`)).text();
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: chromiumFlags,
});

interface Row {
  route: string;
  score: Spread;
  tbt: Spread;
  cls: Spread;
  lcp: Spread;
  fcp: Spread;
  hostIndex: Spread;
  warnings: string[];
}

async function audit(url: string) {
  const result = await lighthouse(
    url,
    {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
    },
    {
      extends: "lighthouse:default",
      // Merged into the default mobile throttling (only the CPU multiplier changes).
      settings: { throttling: { cpuSlowdownMultiplier } as ThrottlingSettings },
    },
  );
  const lhr = result?.lhr;
  if (!lhr || lhr.runtimeError)
    throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message}`);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: (lhr.categories.performance?.score ?? 0) * 100,
    tbt: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
    lcp: metric("largest-contentful-paint"),
    fcp: metric("first-contentful-paint"),
    hostIndex: lhr.environment.benchmarkIndex,
    warnings: lhr.runWarnings,
  };
}

const rows: Row[] = [];
try {
  for (const route of routes) {
    const runs = [];
    for (let i = 0; i < args.rounds; i++) runs.push(await audit(`${app.base}${route}`));
    rows.push({
      route,
      score: spread(runs.map((r) => r.score)),
      tbt: spread(runs.map((r) => r.tbt)),
      cls: spread(runs.map((r) => r.cls)),
      lcp: spread(runs.map((r) => r.lcp)),
      fcp: spread(runs.map((r) => r.fcp)),
      hostIndex: spread(runs.map((r) => r.hostIndex)),
      warnings: [...new Set(runs.flatMap((r) => r.warnings))],
    });
  }
} finally {
  chrome.kill();
  await app.stop();
}

// CLS must be zero as Lighthouse rounds it for display (three decimals).
const ok = (r: Row) =>
  r.score.median >= targets.score &&
  r.tbt.median <= targets.tbtMs &&
  r.cls.median < 0.0005 &&
  r.lcp.median <= targets.lcpMs;

console.log(
  `Lighthouse ${args.rounds} run(s) per route, default mobile config (simulated throttling, CPU ${cpuSlowdownMultiplier}×); median (min–max)`,
);
console.log(
  `Targets: score ≥ ${targets.score}, TBT ≤ ${targets.tbtMs} ms, CLS 0, LCP ≤ ${targets.lcpMs} ms\n`,
);
printTable(
  ["route", "score", "TBT ms", "CLS", "LCP ms", "FCP ms", "host index", "verdict"],
  rows.map((r) => [
    r.route,
    formatSpread(r.score),
    formatSpread(r.tbt),
    formatSpread(r.cls, 3),
    formatSpread(r.lcp),
    formatSpread(r.fcp),
    formatSpread(r.hostIndex),
    verdict(ok(r)),
  ]),
);
console.log(
  "\nhost index: Lighthouse's BenchmarkIndex of this machine during the run. Its 4× CPU slowdown is" +
    " calibrated for an index near 1,500; below 1,000 Lighthouse calls the host slower than it expects.",
);
for (const r of rows) for (const w of r.warnings) console.log(`\n${r.route}: ${w}`);
const passed = rows.filter(ok).length;
console.log(`\n${passed} of ${rows.length} routes meet every target`);
process.exitCode = args.smoke || passed === rows.length ? 0 : 1;
