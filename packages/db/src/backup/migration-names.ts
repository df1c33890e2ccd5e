import fs from "node:fs";
import { migrationsDir } from "../migrations/index.ts";

/** The migrations in prisma/migrations, oldest first. */
export function readMigrationNames(dir = migrationsDir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(`${dir}/${entry.name}/migration.sql`))
    .map((entry) => entry.name)
    .sort();
}
