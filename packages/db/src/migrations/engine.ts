import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { schemaEngineDebug } from "../env/settings.ts";
import { MigrationAdapterFactory } from "./adapter.ts";
import { type ConnectionConfig, parseDatabaseUrl } from "./connection.ts";
import { crashed, toReadableError } from "./errors.ts";
import { loadSchemaEngine, onPanic, type SchemaEngine } from "./wasm-loader.ts";

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
  let stopListening = () => {};
  try {
    // `datamodels: []` makes the engine panic; undefined means "none".
    engine = await wasm.SchemaEngine.new(
      { datamodels: undefined },
      logEngineMessage,
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    const panicked = new Promise<never>((_, reject) => {
      stopListening = onPanic((message) => reject(new Error(crashed(message))));
    });
    return await Promise.race([use(engine), panicked]);
  } catch (error) {
    failed = true;
    throw factory.takeFailure() ?? toReadableError(error);
  } finally {
    stopListening();
    try {
      engine?.free();
    } catch {
      // Freeing fails only after a panic, which is already being reported.
    }
    const closing = factory.close();
    if (!failed) await closing;
    // Cleanup errors must not hide the error that made the operation fail, and after a panic a
    // pool may wait forever for a connection the engine never returns.
    else await Promise.race([closing.catch(() => {}), delay(5_000)]);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function logEngineMessage(line: string): void {
  if (schemaEngineDebug()) console.error(line);
}
