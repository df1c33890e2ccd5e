// Scale: the throughput and API-overhead benchmarks on the seed data, then again after growing
// the published data 1000-fold (--fold), on one server in one run; and the server-side time of
// every SQL statement on the request path (Postgres's log_min_duration_statement = 0).
// Usage: pnpm bench:scale [--smoke] [--fold 1000] [--rounds 2] [--seconds 5] [--connections 100]
//        [--client wrk|autocannon] (throughput only; default: wrk where installed)

import { startApp } from "@aiml/script-lib/app";
import {
  apiQueries,
  apiTarget,
  measureApiOverhead,
  printApiOverhead,
  trpcUrl,
} from "./lib/api-overhead";
import { readArgs } from "./lib/args";
import { load } from "./lib/load";
import { queryTimings } from "./lib/query-log";
import { generateScaleData } from "./lib/scale-data";
import { startScaleDatabase } from "./lib/scale-database";
import { printTable, verdict } from "./lib/table";
import {
  dashboardPaths,
  measureThroughput,
  printThroughput,
  throughputClient,
  targets as throughputTargets,
} from "./lib/throughput";

const targets = { within: 0.2, queryP95Ms: 5 };
const throughputRatioTarget = throughputTargets.ratio;
const apiRatioTarget = apiTarget;
/**
 * Beyond these a page or query is not put under load: 100 connections would need gigabytes.
 * The time limit applies to the second request: the first after a publish refills the caches.
 */
const loadLimits = { bytes: 2_000_000, ms: 2_000 };

const args = readArgs({ rounds: 2, seconds: 5 }, ["fold", "query-seconds", "client"] as const);
const throughputArgs = { ...args, client: throughputClient(args.client) };
const fold = Number(args.fold ?? (args.smoke ? 10 : 1000));
const querySeconds = Number(args["query-seconds"] ?? (args.smoke ? 2 : 10));
if (!Number.isInteger(fold) || fold < 2) {
  console.error(`--fold must be a whole number of at least 2 (got "${args.fold}").`);
  process.exit(2);
}

interface Probe {
  label: string;
  status: number | string;
  bytes: number;
  /** The first request after the publish, and the one after it. */
  firstMs: number;
  againMs: number;
  loadable: boolean;
}

async function timedRequest(url: string) {
  const started = performance.now();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
    const bytes = (await response.arrayBuffer()).byteLength;
    return { status: response.status, ok: response.ok, bytes, ms: performance.now() - started };
  } catch {
    return { status: "timeout", ok: false, bytes: 0, ms: performance.now() - started };
  }
}

/** Two requests, timed: how a page or query behaves right after a publish, before any load. */
async function probe(label: string, url: string): Promise<Probe> {
  const first = await timedRequest(url);
  const again = first.ok ? await timedRequest(url) : first;
  const loadable = again.ok && again.bytes <= loadLimits.bytes && again.ms <= loadLimits.ms;
  return {
    label,
    status: again.status,
    bytes: again.bytes,
    firstMs: first.ms,
    againMs: again.ms,
    loadable,
  };
}

const db = await startScaleDatabase();
let app = await startApp({ databaseUrl: db.databaseUrl, verbose: args.verbose });
try {
  console.log("=== Seed data ===\n");
  const baseThroughput = await measureThroughput(app.base, throughputArgs);
  printThroughput(baseThroughput, throughputArgs);
  console.log("");
  const baseApi = await measureApiOverhead(app.base, args);
  printApiOverhead(baseApi, args);

  const report = await generateScaleData(db.databaseUrl, fold);
  console.log(
    `\n=== ${fold}-fold data: ${report.datasets} datasets, ${report.publishedDataPoints} published figures (generated in ${report.seconds.toFixed(1)} s) ===\n`,
  );
  // The first request after the publish also refills the per-revision cache.
  const probes: Probe[] = [];
  for (const path of dashboardPaths) probes.push(await probe(path, `${app.base}${path}`));
  for (const q of apiQueries) probes.push(await probe(q.name, trpcUrl(app.base, q)));
  console.log(
    "Two requests each, before any load (the first after the publish refills the caches):\n",
  );
  printTable(
    ["page or query", "status", "MB", "first ms", "again ms", "load-tested"],
    probes.map((p) => [
      p.label,
      String(p.status),
      (p.bytes / 1e6).toFixed(2),
      p.firstMs.toFixed(0),
      p.againMs.toFixed(0),
      p.loadable ? "yes" : `no (> ${loadLimits.bytes / 1e6} MB or > ${loadLimits.ms} ms)`,
    ]),
  );
  const loadable = new Set(probes.filter((p) => p.loadable).map((p) => p.label));
  if (!(await isUp(app.base))) {
    console.log(
      "\nThe app stopped answering during these requests (out of memory?): restarting it.",
    );
    await app.stop();
    app = await startApp({ databaseUrl: db.databaseUrl, verbose: args.verbose });
  }

  console.log("");
  const scaledThroughput = await measureThroughput(app.base, {
    ...throughputArgs,
    paths: dashboardPaths.filter((p) => loadable.has(p)),
  });
  printThroughput(scaledThroughput, throughputArgs);
  console.log("");
  const scaledApi = await measureApiOverhead(app.base, {
    ...args,
    queries: apiQueries.filter((q) => loadable.has(q.name)),
    capture: "scaled",
  });
  if (scaledApi.length > 0) printApiOverhead(scaledApi, args);

  console.log(
    `\nSeed vs ${fold}-fold, same server and run (target: req/s within ${targets.within * 100} %)\n`,
  );
  const rows: (string | number)[][] = [];
  for (const base of baseThroughput) {
    const scaled = scaledThroughput.find((r) => r.path === base.path);
    rows.push(
      compareRow(
        base.path,
        base.rps.median,
        scaled?.rps.median,
        base.p99.median,
        scaled?.p99.median,
      ),
    );
  }
  for (const base of baseApi) {
    const scaled = scaledApi.find((r) => r.name === base.name);
    rows.push(
      compareRow(
        `${base.name} (tRPC)`,
        base.trpc.median,
        scaled?.trpc.median,
        base.trpcP99.median,
        scaled?.trpcP99.median,
      ),
    );
  }
  printTable(
    ["page or query", "seed req/s", "scaled req/s", "change", "seed p99", "scaled p99", "verdict"],
    rows,
  );

  // The same targets read as ratios: each measured against its yardstick in the scaled run.
  const pageBar = throughputRatioTarget * (1 - targets.within);
  const apiBar = apiRatioTarget * (1 - targets.within);
  console.log(
    `\nAt ${fold}-fold, against the yardstick of the same run: pages ≥ ${pageBar.toFixed(2)}× hello-world (${throughputRatioTarget} less ${targets.within * 100} %), tRPC ≥ ${apiBar.toFixed(2)}× the plain route (${apiRatioTarget} less ${targets.within * 100} %)\n`,
  );
  printTable(
    ["page or query", "scaled ratio", "bar", "verdict"],
    [
      ...scaledThroughput
        .filter((r) => dashboardPaths.includes(r.path))
        .map((r) => [
          r.path,
          `${r.ratio.median.toFixed(2)}×`,
          pageBar.toFixed(2),
          verdict(r.ratio.median >= pageBar),
        ]),
      ...scaledApi.map((r) => [
        `${r.name} (tRPC)`,
        `${r.ratio.median.toFixed(2)}×`,
        apiBar.toFixed(2),
        verdict(r.ratio.median >= apiBar),
      ]),
    ],
  );

  // Query timing: the dashboard mix after a publish (revision bump), so the cache refill counts.
  const loadablePages = dashboardPaths.filter((p) => loadable.has(p));
  await bumpRevision(db.databaseUrl);
  const { result: mix, log } = await db.timeQueries(() =>
    load({
      url: app.base,
      paths: loadablePages.length ? loadablePages : ["/"],
      connections: args.connections,
      seconds: querySeconds,
    }),
  );
  const timings = queryTimings(log);
  console.log(
    `\nSQL on the request path: ${querySeconds} s of the dashboard mix (${mix.requests} requests) right after a publish; server time per statement (parse + bind + execute, from log_min_duration_statement = 0); target p95 ≤ ${targets.queryP95Ms} ms\n`,
  );
  printTable(
    ["calls", "p50 ms", "p95 ms", "max ms", "verdict", "statement"],
    timings.map((t) => [
      t.count,
      t.p50.toFixed(2),
      t.p95.toFixed(2),
      t.max.toFixed(1),
      verdict(t.p95 <= targets.queryP95Ms),
      t.statement.length > 110 ? `${t.statement.slice(0, 107)}...` : t.statement,
    ]),
  );
  const met =
    rows.every((r) => r.at(-1) === "ok") && timings.every((t) => t.p95 <= targets.queryP95Ms);
  // A smoke run checks that everything runs; its timings mean little.
  process.exitCode = met || args.smoke ? 0 : 1;
} finally {
  await app.stop();
  await db.stop();
}

function compareRow(
  label: string,
  base: number,
  scaled: number | undefined,
  baseP99: number,
  scaledP99: number | undefined,
) {
  if (scaled === undefined)
    return [label, base.toFixed(0), "not load-tested", "–", baseP99.toFixed(0), "–", "MISS"];
  const change = scaled / base - 1;
  if (!Number.isFinite(change))
    return [
      label,
      base.toFixed(0),
      scaled.toFixed(0),
      "–",
      baseP99.toFixed(0),
      (scaledP99 ?? 0).toFixed(0),
      "–",
    ];
  return [
    label,
    base.toFixed(0),
    scaled.toFixed(0),
    `${change >= 0 ? "+" : ""}${(change * 100).toFixed(0)} %`,
    baseP99.toFixed(0),
    (scaledP99 ?? 0).toFixed(0),
    verdict(change >= -targets.within),
  ];
}

async function isUp(base: string): Promise<boolean> {
  try {
    return (await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(10_000) })).ok;
  } catch {
    return false;
  }
}

async function bumpRevision(databaseUrl: string) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(
    `UPDATE "DataRevision" SET revision = revision + 1, "updatedAt" = now() WHERE id = 1`,
  );
  await client.end();
}
