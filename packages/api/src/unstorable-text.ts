/** An unpaired UTF-16 surrogate: not Unicode text, and jsonb refuses it. */
const LONE_SURROGATE = /\p{Cs}/u;

/** NUL (U+0000): Postgres stores it in no text or jsonb column and refuses it even in a WHERE. */
const unstorable = (text: string) => text.includes("\u0000") || LONE_SURROGATE.test(text);

/**
 * More values than any procedure's input holds (a draft save of 1,000 rows is about 60,000):
 * input beyond it is refused before it is walked further, whatever its shape.
 */
export const MAX_INPUT_VALUES = 250_000;

/**
 * Whether a request's input holds text Postgres cannot store, in any string or key; "too-large"
 * when it holds more than MAX_INPUT_VALUES values. Iterative, one value at a time (a spread of
 * a long array into `push` would overflow the stack), so neither deep nor wide input can. Bytes
 * (an uploaded file) are not text: the import reads them as UTF-8 and checks them itself;
 * walking them entry by entry would take seconds for a large file.
 */
export function hasUnstorableText(input: unknown): boolean | "too-large" {
  const pending: unknown[] = [input];
  let seen = 0;
  while (pending.length > 0) {
    if (++seen > MAX_INPUT_VALUES) return "too-large";
    const value = pending.pop();
    if (typeof value === "string") {
      if (unstorable(value)) return true;
    } else if (Array.isArray(value)) {
      if (value.length > MAX_INPUT_VALUES) return "too-large";
      for (const item of value) pending.push(item);
    } else if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
      // Bytes: see above.
    } else if (value instanceof Map || value instanceof Set) {
      if (value.size > MAX_INPUT_VALUES) return "too-large";
      for (const entry of value) pending.push(entry);
    } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        if (pending.length > MAX_INPUT_VALUES) return "too-large";
        pending.push(key, (value as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}
