import { randomBytes } from "node:crypto";
import pg from "pg";
import { type ConnectionConfig, poolConfig, quoteIdentifier } from "./connection.ts";

export interface TemporaryDatabase {
  name: string;
  config: ConnectionConfig;
  drop(): Promise<void>;
}

/**
 * Creates an empty database next to the one `server` points at (which must exist, e.g.
 * "postgres"). Drop it only after every pool on it is closed: `WITH (FORCE)` then also ends
 * connections a crashed caller left behind.
 */
export async function createTemporaryDatabase(
  server: ConnectionConfig,
  prefix = "prisma_shadow",
): Promise<TemporaryDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await runOnServer(server, `CREATE DATABASE ${quoteIdentifier(name)}`);
  let dropped = false;
  return {
    name,
    config: { ...server, database: name },
    async drop() {
      if (dropped) return;
      dropped = true;
      await runOnServer(server, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    },
  };
}

async function runOnServer(server: ConnectionConfig, sql: string): Promise<void> {
  const client = new pg.Client(poolConfig(server));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
