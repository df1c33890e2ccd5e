import type pg from "pg";

export interface ConnectionConfig extends pg.PoolConfig {
  /** Postgres schema the engine works in (the URL's `?schema=`), default "public". */
  schema?: string;
}

/**
 * Splits a postgres:// URL into separate pg fields. The adapter must never get a connection
 * string: adapter-pg 7.10.0 lets the string's database win over the shadow database's.
 */
export function parseDatabaseUrl(databaseUrl: string): ConnectionConfig {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new Error("Invalid database URL: expected postgresql://user:password@host:port/database");
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new Error(`Invalid database URL: unsupported protocol "${url.protocol}"`);
  }
  const params = url.searchParams;
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  const config: ConnectionConfig = {
    // `?host=/path` selects a Unix socket directory, as in libpq.
    host: params.get("host") ?? (url.hostname ? decodeURIComponent(url.hostname) : "localhost"),
    port: url.port ? Number(url.port) : 5432,
    user: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database: database || undefined,
  };
  const schema = params.get("schema");
  if (schema) config.schema = schema;
  const sslmode = params.get("sslmode");
  if (sslmode === "require" || sslmode === "no-verify") config.ssl = { rejectUnauthorized: false };
  else if (sslmode === "verify-ca" || sslmode === "verify-full") config.ssl = true;
  return config;
}

/** pg options for a connection, without the Prisma-only fields. */
export function poolConfig({ schema: _schema, ...config }: ConnectionConfig): pg.PoolConfig {
  return config;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
