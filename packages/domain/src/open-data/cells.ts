import type { Observation, ParsedSeries, SeriesDimensionName } from "./vocabulary";

export interface OpenDataRowError {
  /** 1-based line of the CSV (the header is line 1). */
  line: number;
  message: string;
}

export interface ParsedOpenData {
  series: ParsedSeries[];
  /** The first MAX_ROW_ERRORS problems; `errorCount` counts them all. */
  errors: OpenDataRowError[];
  errorCount: number;
  rows: number;
  observations: number;
}

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const MAX_ABS = 1e15;
export const MAX_TEXT = 200;
/** The errors kept for the admin to read; the rest are counted. */
export const MAX_ROW_ERRORS = 200;

export const dimensionRules: Record<SeriesDimensionName, { pattern: RegExp; expected: string }> = {
  socCode: { pattern: /^\d{2}-\d{4}$/, expected: "a SOC code like 15-2051" },
  occupation: { pattern: /^\S(.*\S)?$/s, expected: "an occupation title" },
  state: { pattern: /^[A-Z]{2}$/, expected: 'a two-letter state code (or "US")' },
  sector: { pattern: /^\S(.*\S)?$/s, expected: "a sector name" },
  currency: { pattern: /^[A-Z]{3}$/, expected: "a three-letter currency code" },
  postingsType: { pattern: /^(total|new)$/, expected: '"total" or "new"' },
  seasonalAdjustment: { pattern: /^(sa|nsa)$/, expected: '"sa" or "nsa"' },
};

/** A numeric cell: null when empty, an Error naming the column when not a number. */
export function parseNumber(column: string, text: string): number | null | Error {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const value = NUMBER.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isFinite(value) || Math.abs(value) > MAX_ABS) {
    return new Error(`${column}: "${trimmed}" is not a number`);
  }
  return value;
}

export const emptyObservation = (period: string, periodEnd: string | null): Observation => ({
  period,
  periodEnd,
  value: null,
  mean: null,
  p10: null,
  p25: null,
  p50: null,
  p75: null,
  p90: null,
  count: null,
  flags: null,
});
