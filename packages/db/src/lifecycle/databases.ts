import pg from "pg";

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

async function withClient<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates `database` on the server unless it exists. */
export function ensureDatabaseExists(serverUrl: string, database: string): Promise<void> {
  return withClient(serverUrl, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdent(database)}`);
  });
}

export function createDatabase(
  serverUrl: string,
  database: string,
  template?: string,
): Promise<void> {
  return withClient(serverUrl, async (client) => {
    const from = template ? ` TEMPLATE ${quoteIdent(template)}` : "";
    await client.query(`CREATE DATABASE ${quoteIdent(database)}${from}`);
  });
}

export function dropDatabase(serverUrl: string, database: string): Promise<void> {
  return withClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
  });
}

/** True when a connection succeeds and the server answers a query. */
export async function canConnect(databaseUrl: string, timeoutMs = 2_000): Promise<boolean> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: timeoutMs,
  });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
