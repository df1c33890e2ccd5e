import { scaleQuantize } from "d3-scale";
import { usStates } from "../geography/us-states";

/** A tile-grid map of the 50 states and DC: each state one equal tile, roughly where it lies. */
export const stateTiles: Readonly<Record<string, { row: number; col: number }>> = {
  AK: { row: 0, col: 0 },
  ME: { row: 0, col: 10 },
  VT: { row: 1, col: 9 },
  NH: { row: 1, col: 10 },
  WA: { row: 2, col: 0 },
  ID: { row: 2, col: 1 },
  MT: { row: 2, col: 2 },
  ND: { row: 2, col: 3 },
  MN: { row: 2, col: 4 },
  IL: { row: 2, col: 5 },
  WI: { row: 2, col: 6 },
  MI: { row: 2, col: 7 },
  NY: { row: 2, col: 8 },
  RI: { row: 2, col: 9 },
  MA: { row: 2, col: 10 },
  OR: { row: 3, col: 0 },
  NV: { row: 3, col: 1 },
  WY: { row: 3, col: 2 },
  SD: { row: 3, col: 3 },
  IA: { row: 3, col: 4 },
  IN: { row: 3, col: 5 },
  OH: { row: 3, col: 6 },
  PA: { row: 3, col: 7 },
  NJ: { row: 3, col: 8 },
  CT: { row: 3, col: 9 },
  CA: { row: 4, col: 0 },
  UT: { row: 4, col: 1 },
  CO: { row: 4, col: 2 },
  NE: { row: 4, col: 3 },
  MO: { row: 4, col: 4 },
  KY: { row: 4, col: 5 },
  WV: { row: 4, col: 6 },
  VA: { row: 4, col: 7 },
  MD: { row: 4, col: 8 },
  DE: { row: 4, col: 9 },
  AZ: { row: 5, col: 1 },
  NM: { row: 5, col: 2 },
  KS: { row: 5, col: 3 },
  AR: { row: 5, col: 4 },
  TN: { row: 5, col: 5 },
  NC: { row: 5, col: 6 },
  SC: { row: 5, col: 7 },
  DC: { row: 5, col: 8 },
  OK: { row: 6, col: 3 },
  LA: { row: 6, col: 4 },
  MS: { row: 6, col: 5 },
  AL: { row: 6, col: 6 },
  GA: { row: 6, col: 7 },
  HI: { row: 7, col: 0 },
  TX: { row: 7, col: 3 },
  FL: { row: 7, col: 8 },
};
export const STATE_TILE_COLUMNS = 11;
export const STATE_TILE_ROWS = 8;

export interface ColorBins {
  /** Lower bound of each bin, then the top of the last: bins + 1 numbers. */
  edges: number[];
  /** The bin (0 … bins − 1) of a value. */
  binOf: (value: number) => number;
}

/** Equal-width bins over the values' nice range, for a map's colour scale. */
export function colorBins(values: readonly number[], bins = 5): ColorBins {
  const finite = values.filter(Number.isFinite);
  const lo = finite.length > 0 ? Math.min(...finite) : 0;
  const hi = finite.length > 0 ? Math.max(...finite) : 1;
  const range = Array.from({ length: bins }, (_, i) => i);
  const scale = scaleQuantize<number>()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .nice(bins)
    .range(range);
  const [d0, d1] = scale.domain() as [number, number];
  return {
    edges: [d0, ...scale.thresholds(), d1],
    binOf: (value: number) => scale(value) ?? 0,
  };
}

/** Names of the states (and DC) by postal code, for labels and tables. */
export const stateNames: Readonly<Record<string, string>> = usStates;
