/**
 * A wage in a state's prices expressed in national-average prices: BEA's regional price parity
 * is 100 for the national average, so $120,000 where prices are 120 buys what $100,000 buys
 * nationally.
 */
export function adjustForPriceParity(nominal: number, parity: number): number {
  if (!(parity > 0)) throw new RangeError(`A price parity must be positive, got ${parity}.`);
  return (nominal * 100) / parity;
}
