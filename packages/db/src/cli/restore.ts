// `pnpm db:restore <file>`: restores a `pnpm db:backup` file into an empty database
// (DATABASE_URL's, or the embedded one: move .data/postgres aside first for a fresh one).
import { restoreDatabase } from "../backup";
import { fromWhereTyped } from "../env/typed-from";
import { withAppDatabase } from "../lifecycle/app-database";

async function main(argument: string | undefined) {
  if (!argument) {
    console.error("Usage: pnpm db:restore <file>   (a file written by pnpm db:backup)");
    process.exit(1);
  }
  const file = fromWhereTyped(argument);
  const started = performance.now();
  const header = await withAppDatabase((url) => restoreDatabase(url, file));
  const rows = Object.values(header.rowCounts).reduce((a, b) => a + b, 0);
  console.log(
    `Restored ${rows} rows in ${Object.keys(header.rowCounts).length} tables from ${file} ` +
      `(backed up ${header.createdAt}) in ${Math.round(performance.now() - started)} ms.`,
  );
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
