import { type Cents, dollarsToCents } from "./money";

/**
 * Official wage percentiles of an occupation in an area (BLS OEWS): annual wages in whole
 * dollars, a percentile left null where BLS does not publish it. OEWS wages are base pay
 * (they exclude bonuses, equity and other incentive pay), so only a base salary is compared.
 */
export interface OfficialWages {
  socCode: string;
  occupationTitle: string;
  /** "US" or a state's USPS code. */
  area: string;
  /** OEWS reference year (May of that year). */
  year: number;
  employment: number | null;
  p10: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p90: number | null;
  /** Percentiles BLS withholds because they are at or above its top wage band. */
  topCoded: readonly ("p10" | "p25" | "p50" | "p75" | "p90")[];
}

export const percentileKeys = ["p10", "p25", "p50", "p75", "p90"] as const;
export type PercentileKey = (typeof percentileKeys)[number];
const percentileOf: Record<PercentileKey, number> = { p10: 10, p25: 25, p50: 50, p75: 75, p90: 90 };

export type PercentilePlacement =
  | {
      ok: true;
      amountCents: Cents;
      /**
       * The interpolated percentile (10–90), linear between the two published percentiles
       * around the amount; null below the lowest or above the highest published one.
       */
      percentile: number | null;
      /** Where the amount sits relative to the published points. */
      position: "below_lowest" | "between" | "above_highest" | "top_coded";
      /** The published percentiles it sits between (or beyond), lowest first. */
      lower: { key: PercentileKey; cents: Cents } | null;
      upper: { key: PercentileKey; cents: Cents } | null;
      /** p75 − amount when the amount is below the published 75th percentile, else 0; null
       * when p75 is not published. */
      gapToP75Cents: Cents | null;
      /** Set when BLS withholds top percentiles (wages at or above its top band). */
      topCodedCaveat: string | null;
    }
  | { ok: false; message: string };

/**
 * Places a yearly base salary (cents, USD) among the official percentiles, interpolating
 * linearly between neighbouring published percentiles: between p25 = $100,000 and
 * p50 = $120,000, $110,000 is the 37.5th percentile. Above the highest published point, when
 * BLS withheld the higher ones as top-coded, the amount is only known to be at or above it.
 */
export function placeAmongPercentiles(
  amountCents: Cents,
  wages: OfficialWages,
): PercentilePlacement {
  const points = percentileKeys
    .map((key) => ({ key, dollars: wages[key] }))
    .filter((p): p is { key: PercentileKey; dollars: number } => p.dollars !== null)
    .map((p) => ({ key: p.key, cents: dollarsToCents(p.dollars) }));
  if (points.length === 0) {
    return {
      ok: false,
      message: `BLS publishes no wage percentiles for ${wages.occupationTitle} in ${wages.area === "US" ? "the US" : wages.area} for ${wages.year}.`,
    };
  }
  for (let i = 1; i < points.length; i++) {
    if ((points[i] as { cents: number }).cents < (points[i - 1] as { cents: number }).cents) {
      return { ok: false, message: "The published percentiles are not in increasing order." };
    }
  }
  const topCodedCaveat =
    wages.topCoded.length > 0
      ? `BLS does not publish the ${wages.topCoded.map((k) => `${percentileOf[k]}th`).join(" and ")} percentile${wages.topCoded.length > 1 ? "s" : ""} here: ${wages.topCoded.length > 1 ? "they are" : "it is"} at or above the top of its wage bands.`
      : null;
  const p75 = wages.p75 === null ? null : dollarsToCents(wages.p75);
  const gapToP75Cents = p75 === null ? null : Math.max(0, p75 - amountCents);
  const first = points[0] as { key: PercentileKey; cents: number };
  const last = points[points.length - 1] as { key: PercentileKey; cents: number };
  const common = { ok: true as const, amountCents, gapToP75Cents, topCodedCaveat };

  if (amountCents < first.cents) {
    return { ...common, percentile: null, position: "below_lowest", lower: null, upper: first };
  }
  if (amountCents > last.cents) {
    return {
      ...common,
      percentile: null,
      position: wages.topCoded.length > 0 ? "top_coded" : "above_highest",
      lower: last,
      upper: null,
    };
  }
  for (let i = 0; i < points.length; i++) {
    const lower = points[i] as { key: PercentileKey; cents: number };
    const upper = points[i + 1];
    if (amountCents === lower.cents || !upper) {
      return {
        ...common,
        percentile: percentileOf[lower.key],
        position: "between",
        lower,
        upper: upper ?? null,
      };
    }
    if (amountCents < upper.cents) {
      const fraction = (amountCents - lower.cents) / (upper.cents - lower.cents);
      const percentile =
        percentileOf[lower.key] + fraction * (percentileOf[upper.key] - percentileOf[lower.key]);
      return { ...common, percentile, position: "between", lower, upper };
    }
  }
  return {
    ...common,
    percentile: percentileOf[last.key],
    position: "between",
    lower: last,
    upper: null,
  };
}

/** "37.5th" / "50th" / "21st": a percentile rounded to one decimal with its suffix. */
export function formatPercentile(percentile: number): string {
  const rounded = Math.round(percentile * 10) / 10;
  if (!Number.isInteger(rounded)) return `${rounded}th`;
  const mod100 = rounded % 100;
  const mod10 = rounded % 10;
  const suffix =
    mod100 >= 11 && mod100 <= 13
      ? "th"
      : mod10 === 1
        ? "st"
        : mod10 === 2
          ? "nd"
          : mod10 === 3
            ? "rd"
            : "th";
  return `${rounded}${suffix}`;
}
