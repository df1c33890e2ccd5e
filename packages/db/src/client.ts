import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export function createPrismaClient(databaseUrl: string) {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: 10,
    connectionTimeoutMillis: 3_000,
  });
  return new PrismaClient({
    adapter,
    // Secrets stay out of every query unless a caller asks for them explicitly.
    omit: { account: { password: true, accessToken: true, refreshToken: true, idToken: true } },
  });
}

export type Database = ReturnType<typeof createPrismaClient>;

const cache = globalThis as unknown as { __aimlDb?: Database; __aimlDbUrl?: string };

/**
 * The app's shared client, created on first use (so `next build` never needs a database) and
 * kept on globalThis so dev-server reloads do not open new pools.
 */
export function getDb(): Database {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set: start the app with `pnpm start`, which provides it.");
  }
  if (!cache.__aimlDb || cache.__aimlDbUrl !== url) {
    cache.__aimlDb = createPrismaClient(url);
    cache.__aimlDbUrl = url;
  }
  return cache.__aimlDb;
}
