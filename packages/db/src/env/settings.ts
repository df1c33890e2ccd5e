// Settings read where they are used, apart from index.ts: that one resolves paths from its own
// location, which Next's bundles (the database client is in them) do not have.

/**
 * DATABASE_URL as it is now, unchecked (the app checks it at start-up). Read on every call:
 * tests and scripts point it at databases of their own.
 */
export function databaseUrlSetting(source: NodeJS.ProcessEnv = process.env): string | undefined {
  return source.DATABASE_URL?.trim() || undefined;
}

/** `DEBUG=schema-engine` prints the migration engine's own log lines. */
export function schemaEngineDebug(source: NodeJS.ProcessEnv = process.env): boolean {
  return source.DEBUG?.includes("schema-engine") ?? false;
}
