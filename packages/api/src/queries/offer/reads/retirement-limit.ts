import type { Database } from "@aiml/db";
import { dollarsToCents, type FigureSource, formatAsOf } from "@aiml/domain";
import { publishedFigures } from "../../market/reads/cached-figures";

export const RETIREMENT_LIMIT_METRIC = "retirement_deferral_limit";

export interface RetirementLimit {
  cents: number;
  /** The tax year the limit is for. */
  year: number | null;
  label: string;
  publisher: string;
  asOf: string;
}

/**
 * The IRS elective-deferral limit that caps a 401(k) match, as an admin entered and published
 * it (a figure with this metric, in dollars; the latest year wins). Null when none is published:
 * nothing is assumed.
 */
export async function retirementLimit(db: Database): Promise<RetirementLimit | null> {
  const figures = (await publishedFigures(db)).filter(
    (f) =>
      f.metric === RETIREMENT_LIMIT_METRIC &&
      (f.unit === "usd" || f.unit === "usd_per_year") &&
      f.value !== null &&
      f.value > 0,
  );
  figures.sort(
    (a, b) => (b.year ?? 0) - (a.year ?? 0) || b.source.asOf.localeCompare(a.source.asOf),
  );
  const latest = figures[0];
  if (!latest || latest.value === null) return null;
  return {
    cents: dollarsToCents(latest.value),
    year: latest.year,
    label: latest.label,
    publisher: latest.source.publisher,
    asOf: formatAsOf(
      latest.source.asOf,
      latest.source.asOfPrecision as FigureSource["asOfPrecision"],
    ),
  };
}
