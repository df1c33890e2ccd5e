export { createPrismaClient, type Database, getDb } from "./client";
export * from "./generated/prisma/client";
