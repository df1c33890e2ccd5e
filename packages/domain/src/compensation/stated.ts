import { assertCents, type Cents, divideRounded, toCents } from "./money";

/**
 * How a published figure is phrased: "$905,000" (`approximately`), "over $900k"
 * (`atLeast`) or "up to $1M" (`atMost`).
 */
export type StatedClaim = "approximately" | "atLeast" | "atMost";

/**
 * A stated figure agrees with a computed one when it is within 0.5% of the computed figure
 * (rounded to the nearest cent, halves up). One relative rule rather than a fixed dollar
 * amount, so it is as strict for a $90,000 figure as for a $900,000 one; it comfortably
 * covers a figure rounded to the nearest $1,000 (at most $500 off) from about $100,000 up.
 */
export const STATED_TOTAL_TOLERANCE_PERCENT = 0.5;

export interface StatedTotalComparison {
  stated: Cents;
  computed: Cents;
  /** stated − computed (negative: the stated figure is too low). */
  difference: Cents;
  /** difference / computed × 100, rounded to 2 decimals (halves away from zero); null when
   * the computed figure is 0. */
  differencePercent: number | null;
  /** The most `difference` may be off by for the figures to agree (0.5% of computed). */
  toleranceCents: Cents;
  claim: StatedClaim;
  agrees: boolean;
}

/**
 * Checks a published figure (for instance an article's "annualized total comp") against the
 * figure computed from its own components. With `claim: "atLeast"` the stated figure is a
 * lower bound ("over $900k"): it agrees when the computed figure is at least the stated one
 * (less the tolerance); `atMost` is the mirror image.
 */
export function compareStatedTotal(
  statedCents: Cents,
  computedCents: Cents,
  options: { claim?: StatedClaim } = {},
): StatedTotalComparison {
  assertCents(statedCents, "stated figure");
  assertCents(computedCents, "computed figure");
  const claim = options.claim ?? "approximately";
  const difference = statedCents - computedCents;
  const toleranceCents = toCents(
    divideRounded(
      BigInt(Math.abs(computedCents)) * BigInt(STATED_TOTAL_TOLERANCE_PERCENT * 10),
      1000n,
    ),
  );
  const differencePercent =
    computedCents === 0
      ? null
      : Number(divideRounded(BigInt(difference) * 10_000n, BigInt(Math.abs(computedCents)))) / 100;
  const agrees =
    claim === "approximately"
      ? Math.abs(difference) <= toleranceCents
      : claim === "atLeast"
        ? difference <= toleranceCents
        : -difference <= toleranceCents;
  return {
    stated: statedCents,
    computed: computedCents,
    difference,
    differencePercent,
    toleranceCents,
    claim,
    agrees,
  };
}
