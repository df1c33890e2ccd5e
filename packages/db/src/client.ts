import { PrismaPg } from "@prisma/adapter-pg";
import { reportDatabaseError } from "./availability";
import { databaseUrlSetting } from "./env/settings";
import { PrismaClient } from "./generated/prisma/client";
import { createTrackedPool, registerPool } from "./transaction-connection";

const secretColumns = {
  account: { password: true, accessToken: true, refreshToken: true, idToken: true },
  twoFactor: { secret: true, backupCodes: true },
} as const;

/**
 * Pool settings: a connection attempt (or a wait for a free connection) gives up after 3 s
 * rather than hanging a request; a connection the server drops (restart, shutdown) leaves the
 * pool and the next query opens a new one. Errors on idle and in-transaction connections mark
 * the database down at once (see availability.ts), before any request fails on it.
 */
const poolErrorHooks = { onPoolError: reportDatabaseError, onConnectionError: reportDatabaseError };

export function createPrismaClient(databaseUrl: string, options: { poolSize?: number } = {}) {
  // The app's own pool (closed by $disconnect), so that bulk writes can find the connection of
  // their transaction (see transactionConnection).
  const pool = createTrackedPool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 3_000,
  });
  const adapter = new PrismaPg(pool, { ...poolErrorHooks, disposeExternalPool: true });
  // Secrets stay out of every query unless a caller asks for them explicitly.
  const client = new PrismaClient({ adapter, omit: secretColumns });
  registerPool(client, pool);
  return client;
}

export type Database = ReturnType<typeof createPrismaClient>;

/**
 * A client that reads secret columns, for the auth library alone: it must compare password
 * hashes, and its adapter cannot ask for omitted columns.
 */
export function createAuthPrismaClient(databaseUrl: string) {
  const adapter = new PrismaPg(
    { connectionString: databaseUrl, max: 5, connectionTimeoutMillis: 3_000 },
    poolErrorHooks,
  );
  return new PrismaClient({ adapter });
}

export type AuthDatabase = ReturnType<typeof createAuthPrismaClient>;

const cache = globalThis as unknown as {
  __aimlDb?: Database;
  __aimlDbUrl?: string;
  __aimlAuthDb?: AuthDatabase;
};

/**
 * The app's shared client, created on first use (so `next build` never needs a database) and
 * kept on globalThis so dev-server reloads do not open new pools.
 */
export function getDb(): Database {
  const url = databaseUrlSetting();
  if (!url) {
    throw new Error("DATABASE_URL is not set: start the app with `pnpm start`, which provides it.");
  }
  if (!cache.__aimlDb || cache.__aimlDbUrl !== url) {
    cache.__aimlDb = createPrismaClient(url);
    cache.__aimlDbUrl = url;
  }
  return cache.__aimlDb;
}

/** The auth library's client (see createAuthPrismaClient), created on first use. */
export function getAuthDb(): AuthDatabase {
  const url = databaseUrlSetting();
  if (!url)
    throw new Error("DATABASE_URL is not set: start the app with `pnpm start`, which provides it.");
  cache.__aimlAuthDb ??= createAuthPrismaClient(url);
  return cache.__aimlAuthDb;
}
