// The open data at 10 million observations: storage against the raw CSV and the chart queries'
// p95 with no cache (as on the first request after a publish). The 1,000,000-row import at this
// size is measured through the production build: pnpm bench:import --open-data.
// Runs on a throwaway embedded Postgres; the scaled data is SYNTHETIC (see
// generate-open-data-scale.ts).
// Usage: pnpm bench:open-data [--series 676] [--runs 30] [--keep]
import { parseArgs } from "node:util";
import {
  openDataDistribution,
  openDataLatestByState,
  openDataPageMetrics,
  openDataTimeSeries,
} from "@aiml/api";
import { createPrismaClient } from "@aiml/db";
import { applyMigrations } from "@aiml/db/migrations";
import { loadOpenDataSeeds } from "@aiml/db/open-data";
import { seedDatabase } from "@aiml/db/seed";
import { percentile } from "@aiml/script-lib/stats";
import { generateOpenDataScale, SYNTHETIC_SLUG } from "./lib/open-data-scale";
import { startScaleDatabase } from "./lib/scale-database";
import { printTable, verdict } from "./lib/table";

const { values } = parseArgs({
  options: {
    series: { type: "string", default: "676" },
    runs: { type: "string", default: "30" },
    /** Leaves the database running at the end (its URL printed) for EXPLAIN; stop with Ctrl-C. */
    keep: { type: "boolean", default: false },
  },
});
const series = Number(values.series);
const runs = Number(values.runs);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function timeRuns(run: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}

const pg = await startScaleDatabase();
const db = createPrismaClient(pg.databaseUrl);
try {
  await applyMigrations(pg.databaseUrl);
  await seedDatabase(db);
  console.log(`Generating ${series} synthetic daily series…`);
  const generated = await generateOpenDataScale(pg.databaseUrl, {
    series,
    from: "1990-01-01",
    to: "2030-12-31",
  });
  const shipped = loadOpenDataSeeds().reduce((n, f) => n + f.csvBytes, 0);
  const [sizes] = await db.$queryRaw<
    { blocks: number; series: number; links: number; observations: number }[]
  >`
    SELECT pg_total_relation_size('"ObservationBlock"')::float8 AS blocks,
      pg_total_relation_size('"ObservationSeries"')::float8 AS series,
      pg_total_relation_size('"VersionSeries"')::float8 AS links,
      (SELECT sum(cardinality(periods)) FROM "ObservationBlock")::float8 AS observations`;
  const stored = (sizes?.blocks ?? 0) + (sizes?.series ?? 0) + (sizes?.links ?? 0);
  const csv = generated.csvBytes + shipped;
  console.log(
    `\n${(sizes?.observations ?? 0).toLocaleString("en-US")} observations (${generated.observations.toLocaleString("en-US")} synthetic, generated in ${generated.seconds.toFixed(1)} s)\n`,
  );

  const charts: [string, () => Promise<unknown>][] = [
    [
      "daily series, 41 years, ≤400 points",
      () =>
        openDataTimeSeries(db, {
          dataset: SYNTHETIC_SLUG,
          metric: "postings_index",
          filters: { state: "KZ" },
          bucket: "none",
          aggregate: "mean",
          statistic: "value",
          maxPoints: 400,
          maxSeries: 60,
        }),
    ],
    [
      "5 daily series, monthly means 2015–2025",
      () =>
        openDataTimeSeries(db, {
          dataset: SYNTHETIC_SLUG,
          metric: "postings_index",
          filters: { state: ["AA", "BB", "CC", "DD", "EE"] },
          from: "2015-01-01",
          to: "2025-12-31",
          bucket: "month",
          aggregate: "mean",
          statistic: "value",
          maxSeries: 60,
        }),
    ],
    [
      "latest by state, 676 series",
      () =>
        openDataLatestByState(db, {
          dataset: SYNTHETIC_SLUG,
          metric: "postings_index",
          filters: {},
          statistic: "value",
          at: "2026-08-14",
        }),
    ],
    [
      "Indeed national, daily, ≤400 points",
      () =>
        openDataTimeSeries(db, {
          dataset: "indeed-postings-us",
          metric: "postings_index",
          filters: { postingsType: "total", seasonalAdjustment: "sa" },
          bucket: "none",
          aggregate: "mean",
          statistic: "value",
          maxPoints: 400,
          maxSeries: 60,
        }),
    ],
    [
      "OEWS distribution, 15-2051",
      () =>
        openDataDistribution(db, {
          dataset: "bls-oews-national-tech-wages",
          metric: "annual_wage",
          socCode: "15-2051",
          state: "US",
        }),
    ],
    ["demand page metrics (all charts)", () => openDataPageMetrics(db, { page: "demand" })],
    ["pay page metrics (all charts)", () => openDataPageMetrics(db, { page: "pay" })],
    ["growth page metrics (all charts)", () => openDataPageMetrics(db, { page: "growth" })],
  ];
  const chartRows: (string | number)[][] = [];
  for (const [name, run] of charts) {
    await run();
    const times = await timeRuns(run);
    const p95 = percentile(times, 95);
    chartRows.push([
      name,
      percentile(times, 50).toFixed(1),
      p95.toFixed(1),
      Math.max(...times).toFixed(1),
      verdict(p95 <= 50),
    ]);
  }
  printTable(
    ["chart query (no cache, as after a publish)", "p50 ms", "p95 ms", "max ms", "≤ 50 ms"],
    chartRows,
  );
  console.log("");

  printTable(
    ["measure", "value", "target", "verdict"],
    [
      [
        "observations + indexes vs raw CSV",
        `${mb(stored)} vs ${mb(csv)} = ${(stored / csv).toFixed(2)}×`,
        "≤ 2×",
        verdict(stored <= 2 * csv),
      ],
    ],
  );
  console.log(
    "\nA 1,000,000-row import at this size, through the production build: pnpm bench:import --open-data",
  );
  if (values.keep) {
    console.log(`\nThe database stays up for EXPLAIN: ${pg.databaseUrl} (Ctrl-C stops it)`);
    await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
  }
} finally {
  await db.$disconnect();
  await pg.stop();
}
