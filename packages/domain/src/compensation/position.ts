import { assertCents, type Cents, dollarsToCents } from "./money";

export interface RangePosition {
  /**
   * Where the amount sits. With an open-ended top ("$300,000 or more") an amount above the
   * stated top is still `within`: the range does not say how far up it goes.
   */
  position: "below" | "within" | "above";
  /** 0 at the low bound, 1 at the stated top; null outside the range, above an open-ended
   * top, when there is no stated top, or when the range has no width. */
  fraction: number | null;
  /** True when the amount is above the stated top of an open-ended range. */
  aboveStatedTop: boolean;
  /** How far the amount is past the nearest bound it crossed, in cents (0 when it is between
   * the bounds). */
  beyondBoundCents: Cents;
  lowCents: Cents;
  highCents: Cents | null;
  highOpen: boolean;
}

/**
 * Where a scenario amount sits in a benchmark range.
 *
 * Units: `amountCents` is in cents, like every scenario amount; `lowUsd` and `highUsd` are in
 * dollars, as benchmark figures are stored, and are converted to cents (nearest cent) before
 * comparing. `highUsd` may be null for a range with only a floor ("$300,000 or more"); that
 * is treated as open-ended whatever `highOpen` says. Bounds are inclusive.
 */
export function positionInRange(
  amountCents: Cents,
  lowUsd: number,
  highUsd: number | null,
  highOpen: boolean,
): RangePosition {
  assertCents(amountCents, "amount");
  const lowCents = dollarsToCents(lowUsd);
  const highCents = highUsd === null ? null : dollarsToCents(highUsd);
  if (highCents !== null && highCents < lowCents) {
    throw new RangeError(`The range's low bound (${lowUsd}) is above its high bound (${highUsd})`);
  }
  const open = highOpen || highCents === null;
  const base = { lowCents, highCents, highOpen: open };
  if (amountCents < lowCents) {
    return {
      ...base,
      position: "below",
      fraction: null,
      aboveStatedTop: false,
      beyondBoundCents: lowCents - amountCents,
    };
  }
  if (highCents === null) {
    return {
      ...base,
      position: "within",
      fraction: null,
      aboveStatedTop: false,
      beyondBoundCents: 0,
    };
  }
  if (amountCents > highCents) {
    return {
      ...base,
      position: open ? "within" : "above",
      fraction: null,
      aboveStatedTop: open,
      beyondBoundCents: amountCents - highCents,
    };
  }
  return {
    ...base,
    position: "within",
    fraction: highCents === lowCents ? null : (amountCents - lowCents) / (highCents - lowCents),
    aboveStatedTop: false,
    beyondBoundCents: 0,
  };
}
