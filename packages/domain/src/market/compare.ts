/**
 * Whether a figure a source states agrees with the same figure computed from its inputs.
 *
 * A stated figure is rounded: "3.2" stands for anything from 3.15 to 3.25. So the two agree
 * when the difference is within half a unit in the stated figure's last decimal place (plus an
 * optional relative tolerance). A figure the source calls approximate is held to the precision
 * it is written to: "around $120,000" agrees with $122,500, "about 3.2 : 1" does not with 3.09.
 * 3.2 against 1.6M / 518k = 3.089 is a discrepancy; 78M against 170M − 92M agrees.
 */

export interface CompareStatedOptions {
  /**
   * Decimal places the stated figure was given to: 1 for "3.2", 0 for "$905,000". Negative for
   * figures rounded to tens, thousands, millions…: -3 for "about $26,000", -6 for "78 million".
   * Inferred from the stated number when not given (never negative then).
   */
  decimals?: number;
  /**
   * The source calls the figure approximate ("about $120,000", "around 3.2 : 1"). Its precision
   * is then the one it is written to, trailing zeros included (or `decimals`, if coarser):
   * "about $120,000" stands for anything from $115,000 to $125,000, "about 3.2" for 3.15–3.25.
   */
  approximate?: boolean;
  /**
   * Extra tolerance as a fraction of the stated figure (0.05 = 5%), for figures the source calls
   * approximate. Default 0.
   */
  relativeTolerance?: number;
  /**
   * "equal" (default): the source states the figure itself. "at-least": the source says "over X",
   * so any computed value from X (less the rounding) upwards agrees. "at-most": "up to X".
   */
  direction?: "equal" | "at-least" | "at-most";
}

export interface StatedComparison {
  stated: number;
  computed: number;
  /** computed − stated */
  difference: number;
  /** The difference in percent of the stated figure; null when the stated figure is 0. */
  differencePercent: number | null;
  /** Whether the difference is within the stated figure's rounding (and relative tolerance). */
  agrees: boolean;
  /** The decimal places the stated figure was taken to have. */
  decimals: number;
  /** The largest difference that still agrees. */
  tolerance: number;
  direction: "equal" | "at-least" | "at-most";
}

/**
 * How many decimal places a number is written with: 3.2 → 1, 19.75 → 2, 78,000,000 → 0.
 * Uses the shortest representation that round-trips, so 0.1 + 0.2 counts as 17 places.
 */
export function inferDecimals(n: number): number {
  if (!Number.isFinite(n) || n === 0) return 0;
  const [mantissa = "", exponent = "0"] = Math.abs(n).toExponential().split("e");
  const fractionDigits = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, fractionDigits - Number(exponent));
}

/**
 * The precision an approximate figure is written to, counting an integer's trailing zeros as
 * rounding: 120,000 → -4, 49,200 → -2, 3.2 → 1, 7 → 0.
 */
export function inferApproximateDecimals(n: number): number {
  const decimals = inferDecimals(n);
  if (decimals > 0 || n === 0 || !Number.isFinite(n)) return decimals;
  let zeros = 0;
  for (let rest = Math.abs(n); rest % 10 === 0 && zeros < 15; rest /= 10) zeros += 1;
  return zeros === 0 ? 0 : -zeros;
}

/** Half a unit in the last place of a figure given to `decimals` places: 1 → 0.05, -3 → 500. */
export function roundingTolerance(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}

export function compareStated(
  stated: number,
  computed: number,
  options: CompareStatedOptions = {},
): StatedComparison {
  if (!Number.isFinite(stated))
    throw new RangeError(`The stated figure must be finite (got ${stated})`);
  if (!Number.isFinite(computed)) {
    throw new RangeError(`The computed figure must be finite (got ${computed})`);
  }
  // An approximate figure is held to the coarser of the precision given and the one it is
  // written to: "around $220,000" is a figure to the ten thousand, whatever its neighbours are.
  const decimals = options.approximate
    ? Math.min(options.decimals ?? Number.POSITIVE_INFINITY, inferApproximateDecimals(stated))
    : (options.decimals ?? inferDecimals(stated));
  if (!Number.isInteger(decimals) || decimals < -15 || decimals > 20) {
    throw new RangeError(`Decimals must be a whole number from -15 to 20 (got ${decimals})`);
  }
  const relativeTolerance = options.relativeTolerance ?? 0;
  if (!(relativeTolerance >= 0) || !Number.isFinite(relativeTolerance)) {
    throw new RangeError(`The relative tolerance cannot be negative (got ${relativeTolerance})`);
  }
  const direction = options.direction ?? "equal";
  const tolerance = roundingTolerance(decimals) + relativeTolerance * Math.abs(stated);
  // Absorbs floating-point error, e.g. 3.25 − 3.2 = 0.04999999999999982.
  const epsilon = 16 * Number.EPSILON * Math.max(1, Math.abs(stated), Math.abs(computed));
  const difference = computed - stated;
  const agrees =
    direction === "at-least"
      ? difference >= -(tolerance + epsilon)
      : direction === "at-most"
        ? difference <= tolerance + epsilon
        : Math.abs(difference) <= tolerance + epsilon;
  return {
    stated,
    computed,
    difference,
    differencePercent: stated === 0 ? null : (difference / Math.abs(stated)) * 100,
    agrees,
    decimals,
    tolerance,
    direction,
  };
}
