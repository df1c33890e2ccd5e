// `pnpm db:backup [file]`: a consistent backup of the app's database (DATABASE_URL's, or the
// embedded one, running or not) to a gzip file; by default .data/backups/aiml-<time>.sql.gz.
import fs from "node:fs";
import path from "node:path";
import { backupDatabase } from "../backup";
import { fromWhereTyped } from "../env/typed-from";
import { withAppDatabase } from "../lifecycle/app-database";
import { localDataDir } from "../paths";

async function main(argument: string | undefined) {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = argument
    ? fromWhereTyped(argument)
    : path.join(localDataDir, "backups", `aiml-${stamp}.sql.gz`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const started = performance.now();
  const header = await withAppDatabase((url) => backupDatabase(url, file));
  const rows = Object.values(header.rowCounts).reduce((a, b) => a + b, 0);
  console.log(
    `Backed up ${Object.keys(header.rowCounts).length} tables (${rows} rows, ${header.migrations.length} migrations) ` +
      `to ${file} in ${Math.round(performance.now() - started)} ms.\nRestore it with: pnpm db:restore ${file}`,
  );
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
