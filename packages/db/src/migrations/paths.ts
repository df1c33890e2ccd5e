import path from "node:path";

/** The monorepo root, resolved from this file (packages/db/src/migrations). */
export const repoRoot = path.resolve(import.meta.dirname, "../../../..");
export const schemaPath = path.join(repoRoot, "prisma/schema.prisma");
export const migrationsDir = path.join(repoRoot, "prisma/migrations");
