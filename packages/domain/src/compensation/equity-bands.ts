import type { Grant } from "./grants";
import type { Cents } from "./money";

/** The standard normal's 90th percentile: P(Z ≤ 1.2815515655446004) = 0.9. */
export const Z_90 = 1.2815515655446004;

export interface EquityRisk {
  /** μ: expected yearly growth, in percent (continuously compounded drift). */
  growthPercent: number;
  /** σ: yearly volatility, in percent. */
  volatilityPercent: number;
}

export interface YearBand {
  year: number;
  equity: { p10: Cents; p50: Cents; p90: Cents };
  /** The year's total with the equity at each percentile (cash and included benefits fixed). */
  total: { p10: Cents; p50: Cents; p90: Cents };
}

/** The lognormal price multiplier t years after a grant at standard-normal quantile z. */
export function lognormalMultiplier(t: number, risk: EquityRisk, z: number): number {
  const mu = risk.growthPercent / 100;
  const sigma = risk.volatilityPercent / 100;
  return Math.exp((mu - (sigma * sigma) / 2) * t + sigma * Math.sqrt(t) * z);
}

/**
 * The 10th, 50th and 90th percentile of each year's vested equity under the lognormal model.
 * With one Z driving every portion, each portion's value rises with Z, so the sum's
 * percentile is the sum of the portions' percentiles at the same Z. Amounts are rounded to
 * the nearest minor unit once per year.
 */
/** What the bands need of a computed year (a ScenarioYear fits). */
interface ScenarioYearTotals {
  year: number;
  equity: Cents;
  total: Cents;
}

export function equityBands(
  grants: readonly Grant[],
  years: readonly Pick<ScenarioYearTotals, "year" | "equity" | "total">[],
  risk: EquityRisk,
): YearBand[] {
  const zs = [-Z_90, 0, Z_90] as const;
  return years.map((y) => {
    const sums = [0, 0, 0];
    for (const grant of grants) {
      if (y.year < grant.startYear) continue;
      const vested = grant.vesting[y.year - grant.startYear] ?? 0;
      if (vested === 0) continue;
      const t = y.year - grant.startYear + 1;
      zs.forEach((z, i) => {
        sums[i] = (sums[i] as number) + vested * lognormalMultiplier(t, risk, z);
      });
    }
    const [p10, p50, p90] = sums.map((s) => Math.round(s)) as [number, number, number];
    const rest = y.total - y.equity;
    return {
      year: y.year,
      equity: { p10, p50, p90 },
      total: { p10: rest + p10, p50: rest + p50, p90: rest + p90 },
    };
  });
}
