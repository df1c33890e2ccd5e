// Grows the published benchmark data N-fold (default 1000) in the database at DATABASE_URL:
// synthetic, published copies of every dataset with plausibly varied values (see
// lib/scale-data.ts). `pnpm bench:scale` runs it on a throwaway embedded Postgres.
// Usage: DATABASE_URL=postgresql://… pnpm --filter @aiml/bench generate [--fold 1000]
import { parseArgs } from "node:util";
import { generateScaleData } from "./lib/scale-data";

const { values } = parseArgs({ options: { fold: { type: "string", default: "1000" } } });
const fold = Number(values.fold);
const databaseUrl = process.env.DATABASE_URL;
if (!Number.isInteger(fold) || fold < 2) {
  console.error(`--fold must be a whole number of at least 2 (got "${values.fold}").`);
  process.exit(2);
}
if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl)) {
  console.error(
    "Set DATABASE_URL to the postgresql:// database to grow (it must be migrated and seeded).",
  );
  process.exit(2);
}
const report = await generateScaleData(databaseUrl, fold);
console.log(
  `Generated ${fold}-fold data in ${report.seconds.toFixed(1)} s: ${report.datasets} datasets, ${report.publishedDataPoints} published figures (${report.dataPoints} in all versions).`,
);
