/**
 * Reads a request body into one buffer of exactly its size, or returns "too-large" (after
 * cancelling the rest) once more than `maxBytes` have come. With a declared length the chunks
 * are copied straight into a buffer of that size, so the body is held once, not twice.
 */
export async function readBodyBytes(
  body: ReadableStream<Uint8Array> | null,
  declaredLength: number | null,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | "too-large"> {
  if (declaredLength !== null && declaredLength > maxBytes) return "too-large";
  const known = declaredLength !== null && Number.isSafeInteger(declaredLength);
  let bytes = new Uint8Array(known && declaredLength > 0 ? declaredLength : 64 * 1024);
  let size = 0;
  const reader = body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    const chunk = read.value;
    if (size + chunk.length > maxBytes) {
      await reader?.cancel();
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
