import type { Grant } from "./grants";
import type { Cents } from "./money";
import type { ScenarioYear } from "./scenario";

/** The standard normal's 90th percentile: P(Z ≤ 1.2815515655446004) = 0.9. */
export const Z_90 = 1.2815515655446004;

export const equityRiskPresets = ["large_public", "growth", "pre_ipo", "custom"] as const;
export type EquityRiskPreset = (typeof equityRiskPresets)[number];

/**
 * The presets are illustrative assumptions for the model, not market data: a user picks the
 * one closest to the company or enters their own figures.
 */
export const equityRiskPresetInfo: Readonly<
  Record<
    Exclude<EquityRiskPreset, "custom">,
    { label: string; growthPercent: number; volatilityPercent: number; meaning: string }
  >
> = {
  large_public: {
    label: "Large public company",
    growthPercent: 7,
    volatilityPercent: 25,
    meaning:
      "Assumes 7% expected yearly growth and 25% yearly volatility: a listed company whose share price moves like a broad large-company stock.",
  },
  growth: {
    label: "Growth company",
    growthPercent: 12,
    volatilityPercent: 45,
    meaning:
      "Assumes 12% expected yearly growth and 45% yearly volatility: a younger listed company whose price can halve or double within a couple of years.",
  },
  pre_ipo: {
    label: "Pre-IPO startup",
    growthPercent: 15,
    volatilityPercent: 80,
    meaning:
      "Assumes 15% expected yearly growth and 80% yearly volatility: private shares with no market, where a large loss is about as plausible as a large gain.",
  },
};

export const MAX_VOLATILITY_PERCENT = 150;
export const MIN_EQUITY_RISK_GROWTH_PERCENT = -50;
export const MAX_EQUITY_RISK_GROWTH_PERCENT = 100;

export interface EquityRisk {
  /** μ: expected yearly growth, in percent (continuously compounded drift). */
  growthPercent: number;
  /** σ: yearly volatility, in percent. */
  volatilityPercent: number;
}

export const EQUITY_BANDS_MODEL =
  "Each vested portion is valued at its grant value × exp((μ − σ²/2)·t + σ·√t·Z), t years after its grant, with μ the expected yearly growth, σ the yearly volatility and one standard normal Z for the whole price path; the 10th, 50th and 90th percentiles take Z = −1.2816, 0 and +1.2816.";

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
export function equityBands(
  grants: readonly Grant[],
  years: readonly ScenarioYear[],
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
