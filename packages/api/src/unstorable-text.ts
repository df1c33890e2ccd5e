/** An unpaired UTF-16 surrogate: not Unicode text, and jsonb refuses it. */
const LONE_SURROGATE = /\p{Cs}/u;

/** NUL (U+0000): Postgres stores it in no text or jsonb column and refuses it even in a WHERE. */
const unstorable = (text: string) => text.includes("\u0000") || LONE_SURROGATE.test(text);

/**
 * Whether a request's input holds text Postgres cannot store, in any string or key. Iterative,
 * so deeply nested input cannot overflow the stack. Bytes (an uploaded file) are not text: the
 * import reads them as UTF-8 and checks them itself; walking them entry by entry would take
 * seconds for a large file.
 */
export function hasUnstorableText(input: unknown): boolean {
  const pending: unknown[] = [input];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === "string") {
      if (unstorable(value)) return true;
    } else if (Array.isArray(value)) {
      pending.push(...value);
    } else if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
      // Bytes: see above.
    } else if (value instanceof Map || value instanceof Set) {
      for (const entry of value) pending.push(entry);
    } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) pending.push(key, item);
    }
  }
  return false;
}
