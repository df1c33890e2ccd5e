import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
export type SchemaEngineModule = typeof glue;

declare global {
  var PRISMA_WASM_PANIC_REGISTRY: { set_message(message: string): void } | undefined;
}

let lastPanicMessage: string | undefined;
const panicListeners = new Set<(message: string) => void>();

// The glue reports a Rust panic's message here just before the wasm traps; without it the
// error only says "unreachable".
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message(message: string) {
    lastPanicMessage = message;
    for (const listener of panicListeners) listener(message);
  },
};

/** Returns and clears the message of the last engine panic, if any. */
export function takePanicMessage(): string | undefined {
  const message = lastPanicMessage;
  lastPanicMessage = undefined;
  return message;
}

/**
 * Calls `listener` on every engine panic until the returned function is called. A panic inside
 * an async engine call traps in a callback the caller never sees, so its promise never settles.
 */
export function onPanic(listener: (message: string) => void): () => void {
  panicListeners.add(listener);
  return () => panicListeners.delete(listener);
}

// The package's lib settings (ES2023, no DOM) declare no WebAssembly API.
const { WebAssembly: wasmApi } = globalThis as unknown as {
  WebAssembly: {
    instantiate(
      bytes: Uint8Array,
      imports: Record<string, object>,
    ): Promise<{ instance: { exports: Record<string, unknown> } }>;
  };
};

let loading: Promise<SchemaEngineModule> | undefined;

/**
 * Instantiates the schema engine's WebAssembly once per process. Node cannot import `.wasm`
 * files without --experimental-wasm-modules, so the glue module is wired up by hand.
 */
export function loadSchemaEngine(): Promise<SchemaEngineModule> {
  loading ??= instantiate().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function instantiate(): Promise<SchemaEngineModule> {
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await wasmApi.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}
