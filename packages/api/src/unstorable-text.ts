/**
 * NUL (U+0000), which Postgres stores in no text or jsonb column and refuses even in a WHERE,
 * and unpaired UTF-16 surrogates, which are not Unicode text and which jsonb refuses.
 */
const UNSTORABLE = /\u0000|\p{Cs}/u;

/**
 * Whether a request's input holds text Postgres cannot store, in any string or key. Iterative,
 * so deeply nested input cannot overflow the stack.
 */
export function hasUnstorableText(input: unknown): boolean {
  const pending: unknown[] = [input];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === "string") {
      if (UNSTORABLE.test(value)) return true;
    } else if (Array.isArray(value)) {
      pending.push(...value);
    } else if (value instanceof Map || value instanceof Set) {
      for (const entry of value) pending.push(entry);
    } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) pending.push(key, item);
    }
  }
  return false;
}
