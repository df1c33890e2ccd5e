// Kept apart from the band maths so the calculator's first load carries no preset texts.
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

export const EQUITY_BANDS_MODEL =
  "Each vested portion is valued at its grant value × exp((μ − σ²/2)·t + σ·√t·Z), t years after its grant, with μ the expected yearly growth, σ the yearly volatility and one standard normal Z for the whole price path; the 10th, 50th and 90th percentiles take Z = −1.2816, 0 and +1.2816.";
