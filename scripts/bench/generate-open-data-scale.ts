// Grows the open data to 10 million or more SYNTHETIC observations in the database at
// DATABASE_URL (migrated and seeded): one published dataset of daily series, marked synthetic
// in its title, publisher and methodology. Never run by default; `pnpm bench:open-data` runs
// it on a throwaway embedded Postgres.
// Usage: DATABASE_URL=postgresql://… pnpm --filter @aiml/bench generate-open-data [--series 676]
import { parseArgs } from "node:util";
import { generateOpenDataScale } from "./lib/open-data-scale";

const { values } = parseArgs({
  options: {
    series: { type: "string", default: "676" },
    from: { type: "string", default: "1990-01-01" },
    to: { type: "string", default: "2030-12-31" },
  },
});
const series = Number(values.series);
const databaseUrl = process.env.DATABASE_URL;
if (!Number.isInteger(series) || series < 1 || series > 676) {
  console.error(`--series must be a whole number from 1 to 676 (got "${values.series}").`);
  process.exit(2);
}
if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl)) {
  console.error("Set DATABASE_URL to the postgresql:// database to grow (migrated and seeded).");
  process.exit(2);
}
const report = await generateOpenDataScale(databaseUrl, {
  series,
  from: values.from,
  to: values.to,
});
console.log(
  `Generated ${report.observations.toLocaleString("en-US")} synthetic observations in ${report.series} series in ${report.seconds.toFixed(1)} s.`,
);
