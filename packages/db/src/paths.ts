import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../../..");
export const prismaDir = path.join(repoRoot, "prisma");
export const seedDir = path.join(prismaDir, "seed");
/** Git-ignored home of the embedded Postgres data directories. */
export const localDataDir = path.join(repoRoot, ".data");
/** The source documents the seed figures were read from, kept verbatim. */
export const seedDocumentsDir = path.join(seedDir, "documents");
