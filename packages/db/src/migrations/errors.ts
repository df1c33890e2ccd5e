import { takePanicMessage } from "./wasm-loader.ts";

/**
 * Turns what the WebAssembly engine throws into an Error whose message a person can act on:
 * without the Rust span trace. The original stays as `cause`.
 */
export function toReadableError(error: unknown): Error {
  const panic = takePanicMessage();
  if (panic) return new Error(crashed(panic), { cause: error });
  if (!(error instanceof Error)) return new Error(String(error));

  const lines = error.message.split("\n");
  const traceStart = lines.findIndex((line) => /^\s+\d+: /.test(line));
  const message = (traceStart === -1 ? lines : lines.slice(0, traceStart))
    .map((line) => line.trimEnd())
    .filter((line) => line !== "external connector error")
    .join("\n")
    .trim();
  return new Error(message || error.name, { cause: error });
}

export function crashed(panicMessage: string): string {
  return `The Prisma schema engine crashed: ${panicMessage}`;
}

/**
 * Names the migration in an error from `applyMigrations`. The native engine would say which
 * migration failed (P3018); through a driver adapter only the span trace does.
 */
export function describeApplyFailure(error: Error): Error {
  const trace = error.cause instanceof Error ? error.cause.message : "";
  const name = /apply_script\s+with migration_name="([^"]+)"/.exec(trace)?.[1];
  if (!name) return error;
  return new Error(
    `Migration ${name} failed to apply; it and every later migration were not applied.\n` +
      `${error.message}\n` +
      "A migration runs in one transaction, so its changes were rolled back. Fix its SQL, then " +
      "mark the attempt rolled back before applying again:\n" +
      `  UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${name}' AND finished_at IS NULL;`,
    { cause: error.cause },
  );
}
