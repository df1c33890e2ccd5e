import pg from "pg";

// On globalThis: Next bundles this module once per bundle, and a client made in one (getDb keeps
// it on globalThis) is used in others (the kept pages' revision watch asks for its pool).
const shared = globalThis as unknown as {
  __aimlConnectionsByPool?: WeakMap<pg.Pool, Map<number, pg.PoolClient>>;
  __aimlPoolByClient?: WeakMap<object, pg.Pool>;
};
shared.__aimlConnectionsByPool ??= new WeakMap();
shared.__aimlPoolByClient ??= new WeakMap();
/** A pool's open connections by Postgres backend process id. */
const connectionsByPool = shared.__aimlConnectionsByPool;
/** The pool behind each client made by createPrismaClient. */
const poolByClient = shared.__aimlPoolByClient;

// Set by the server's BackendKeyData message before the connection is handed out.
const processIdOf = (client: pg.PoolClient) =>
  (client as pg.PoolClient & { processID: number }).processID;

/** A pool that keeps track of its connections, so that a transaction's can be found. */
export function createTrackedPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const connections = new Map<number, pg.PoolClient>();
  connectionsByPool.set(pool, connections);
  pool.on("connect", (client) => connections.set(processIdOf(client), client));
  pool.on("remove", (client) => connections.delete(processIdOf(client)));
  return pool;
}

export function registerPool(client: object, pool: pg.Pool): void {
  poolByClient.set(client, pool);
}

/** The pool behind a client made by createPrismaClient. */
export const poolOf = (client: object): pg.Pool | undefined => poolByClient.get(client);

interface RawQueryable {
  $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): Promise<T>;
}

/**
 * The pg connection that runs an interactive transaction of `db`, for what Prisma cannot send
 * (COPY … FROM STDIN). Statements sent on it are part of the transaction. Use it only inside
 * the transaction's callback and never while a query through `tx` is in flight.
 */
export async function transactionConnection(db: object, tx: RawQueryable): Promise<pg.PoolClient> {
  const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
  const pool = poolByClient.get(db);
  const connection = pool && row ? connectionsByPool.get(pool)?.get(row.pid) : undefined;
  if (!connection) {
    throw new Error("The transaction's connection is not one of this client's pool");
  }
  return connection;
}
