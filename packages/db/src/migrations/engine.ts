import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { MigrationAdapterFactory } from "./adapter.ts";
import { type ConnectionConfig, parseDatabaseUrl } from "./connection.ts";
import { toReadableError } from "./errors.ts";
import { loadSchemaEngine, type SchemaEngine } from "./wasm-loader.ts";

export const noFilters = { externalTables: [], externalEnums: [] };

/**
 * Runs `use` with a schema engine connected to `databaseUrl`, then frees the engine and closes
 * every connection and shadow database it opened, whether or not `use` succeeded.
 */
export async function withSchemaEngine<T>(
  databaseUrl: string | ConnectionConfig,
  use: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const config = typeof databaseUrl === "string" ? parseDatabaseUrl(databaseUrl) : databaseUrl;
  const wasm = await loadSchemaEngine();
  const factory = new MigrationAdapterFactory(config);
  let engine: SchemaEngine | undefined;
  let failed = false;
  try {
    // `datamodels: []` makes the engine panic; undefined means "none".
    engine = await wasm.SchemaEngine.new(
      { datamodels: undefined },
      logEngineMessage,
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    return await use(engine);
  } catch (error) {
    failed = true;
    throw factory.takeFailure() ?? toReadableError(error);
  } finally {
    try {
      engine?.free();
    } catch {
      // Freeing fails only after a panic already reported above.
    }
    // Cleanup errors must not hide the error that made the operation fail.
    const closing = factory.close();
    if (failed) await closing.catch(() => {});
    else await closing;
  }
}

function logEngineMessage(line: string): void {
  if (process.env.DEBUG?.includes("schema-engine")) console.error(line);
}
