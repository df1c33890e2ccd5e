import type { Cents } from "./money";

/**
 * Divides each part by `divisor` so that the results add up exactly to
 * round(sum / divisor) (halves up): every part gets its share rounded down, and the
 * cents still missing go one each to the parts with the largest remainders (ties: the
 * earlier part). This is the largest-remainder (Hamilton) method. Parts must be ≥ 0.
 */
export function divideParts(parts: readonly Cents[], divisor: number): Cents[] {
  if (!Number.isSafeInteger(divisor) || divisor <= 0) {
    throw new RangeError(`The divisor must be a positive whole number: ${divisor}`);
  }
  const d = BigInt(divisor);
  const big = parts.map((p) => {
    if (!Number.isSafeInteger(p) || p < 0) {
      throw new RangeError(`Parts must be non-negative whole cents: ${p}`);
    }
    return BigInt(p);
  });
  const total = big.reduce((a, b) => a + b, 0n);
  const target = (2n * total + d) / (2n * d);
  const shares = big.map((p) => p / d);
  let missing = target - shares.reduce((a, b) => a + b, 0n);
  const byRemainder = big
    .map((p, index) => ({ index, remainder: p % d }))
    .sort((a, b) =>
      a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
    );
  for (const { index } of byRemainder) {
    if (missing <= 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    missing -= 1n;
  }
  return shares.map(Number);
}
