export {
  applyMigrations,
  type MigrationStatus,
  type MigrationsDirOption,
  migrationStatus,
} from "./apply.ts";
export {
  type CreatedMigration,
  type CreateMigrationOptions,
  createMigration,
  migrationSlug,
} from "./create.ts";
export { type DiffOptions, diffMigrationsToSchema } from "./diff.ts";
export { migrationsDir, repoRoot, schemaPath } from "./paths.ts";
