import pg from "pg";
import { poolOf } from "./transaction-connection";

/**
 * A connection of its own to the database of `db` (made by createPrismaClient), outside its
 * pool: for LISTEN, which holds a connection for as long as it listens. Not yet connected.
 * Postgres shows it under `applicationName` (pg_stat_activity), so it can be found and ended.
 */
export function listenConnection(db: object, applicationName: string): pg.Client {
  const pool = poolOf(db);
  if (!pool) throw new Error("The client was not made by createPrismaClient");
  const { connectionString } = pool.options as pg.PoolConfig;
  return new pg.Client({
    connectionString,
    application_name: applicationName,
    connectionTimeoutMillis: 3_000,
    // Keeps idle-connection timeouts of firewalls and NAT from ending it unnoticed.
    keepAlive: true,
  });
}
