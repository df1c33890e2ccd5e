export interface BodyTimeouts {
  /** The longest wait for the next chunk. */
  idleMs: number;
  /** The longest the whole body may take. */
  totalMs: number;
}

const TIMED_OUT = Symbol("timed out");

/**
 * Reads a request body into one buffer of exactly its size, or returns "too-large" (after
 * cancelling the rest) once more than `maxBytes` have come, or "timed-out" (likewise) when a
 * chunk or the whole body takes longer than `timeouts` allow. With a declared length the chunks
 * are copied straight into a buffer of that size, so the body is held once, not twice.
 */
export async function readBodyBytes(
  body: ReadableStream<Uint8Array> | null,
  declaredLength: number | null,
  maxBytes: number,
  timeouts?: BodyTimeouts,
): Promise<Uint8Array<ArrayBuffer> | "too-large" | "timed-out"> {
  if (declaredLength !== null && declaredLength > maxBytes) return "too-large";
  const known = declaredLength !== null && Number.isSafeInteger(declaredLength);
  let bytes = new Uint8Array(known && declaredLength > 0 ? declaredLength : 64 * 1024);
  let size = 0;
  const reader = body?.getReader();
  if (!reader) return bytes.slice(0, 0);
  const deadline = timeouts ? Date.now() + timeouts.totalMs : Number.POSITIVE_INFINITY;
  for (;;) {
    const read = timeouts
      ? await withTimeout(reader.read(), Math.min(timeouts.idleMs, deadline - Date.now()))
      : await reader.read();
    if (read === TIMED_OUT) {
      await reader.cancel().catch(() => undefined);
      return "timed-out";
    }
    if (read.done) break;
    const chunk = read.value;
    if (size + chunk.length > maxBytes) {
      await reader.cancel();
      return "too-large";
    }
    if (size + chunk.length > bytes.length) {
      const grown = new Uint8Array(Math.min(maxBytes, 2 * (size + chunk.length)));
      grown.set(bytes.subarray(0, size));
      bytes = grown;
    }
    bytes.set(chunk, size);
    size += chunk.length;
  }
  return size === bytes.length ? bytes : bytes.slice(0, size);
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, ms));
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
