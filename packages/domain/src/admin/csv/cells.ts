/*
 * Reading one CSV cell as a field value. Each reader returns the value (undefined for a blank
 * cell) or a message saying what is wrong and how to write it.
 */

export type CellResult<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

const blank = { ok: true, value: undefined } as const;
const fail = (message: string) => ({ ok: false, message }) as const;

/** The most significant digits a number can have and still be stored exactly (a double's 15). */
const MAX_SIGNIFICANT_DIGITS = 15;
/** Above this the schema says "too large"; below it precision is what can go wrong. */
const MAX_AMOUNT = 1e15;

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const FORMULA_ESCAPE = /^'[=+\-@\t\r]/;

/**
 * Text as written, trimmed. A leading apostrophe before = + - @ is removed: it is how exports
 * (csvCell) and spreadsheets keep such text from running as a formula.
 */
export function readText(cell: string): CellResult<string> {
  const text = cell.trim();
  if (!text) return blank;
  return { ok: true, value: FORMULA_ESCAPE.test(text) ? text.slice(1) : text };
}

/** A vocabulary code (metric, statistic, unit): compared in lower case. */
export function readCode(cell: string): CellResult<string> {
  const text = readText(cell);
  return text.ok && text.value !== undefined ? { ok: true, value: text.value.toLowerCase() } : text;
}

function significantDigits(text: string): number {
  const mantissa = text.replace(/^[+-]/, "").replace(/[eE].*$/, "");
  return mantissa.replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length;
}

/** A decimal amount: digits, an optional point and exponent; nothing a locale would add. */
export function readAmount(cell: string): CellResult<number> {
  const text = cell.trim();
  if (!text) return blank;
  if (!PLAIN_NUMBER.test(text)) {
    const stripped = text.replace(/[$€£,%\s]/g, "");
    const hint = PLAIN_NUMBER.test(stripped) ? `: write ${stripped}` : "";
    return fail(
      `"${text}" is not a plain number${hint} (digits and a decimal point only: no currency symbols, thousands separators or % signs)`,
    );
  }
  const value = Number(text);
  if (!Number.isFinite(value)) return fail(`"${text}" is too large to store`);
  // (Text no longer than the limit cannot have more digits than it.)
  if (
    text.length > MAX_SIGNIFICANT_DIGITS &&
    Math.abs(value) < MAX_AMOUNT &&
    significantDigits(text) > MAX_SIGNIFICANT_DIGITS
  ) {
    return fail(
      `"${text}" has more digits than can be stored exactly (at most ${MAX_SIGNIFICANT_DIGITS} significant digits)`,
    );
  }
  return { ok: true, value };
}

/** A year or another whole number. */
export function readWholeNumber(cell: string): CellResult<number> {
  const text = cell.trim();
  if (!text) return blank;
  if (!/^[+-]?\d+$/.test(text)) return fail(`"${text}" is not a whole number (write e.g. 2025)`);
  return { ok: true, value: Number(text) };
}

const TRUE = new Set(["true", "yes", "y", "1"]);
const FALSE = new Set(["false", "no", "n", "0"]);

/** A yes/no flag; blank is no. */
export function readFlag(cell: string): CellResult<boolean> {
  const text = cell.trim().toLowerCase();
  if (!text || FALSE.has(text)) return { ok: true, value: false };
  if (TRUE.has(text)) return { ok: true, value: true };
  return fail(
    `"${cell.trim()}" is not true or false (also accepted: yes/no, 1/0, blank for false)`,
  );
}
