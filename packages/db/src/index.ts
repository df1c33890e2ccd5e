export {
  type AuthDatabase,
  createAuthPrismaClient,
  createPrismaClient,
  type Database,
  getAuthDb,
  getDb,
} from "./client";
export * from "./generated/prisma/client";
