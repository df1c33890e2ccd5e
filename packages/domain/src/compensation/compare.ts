import { formatMoney } from "./currency";
import type { Cents } from "./money";
import type { ScenarioResult } from "./scenario";

/** The figures compared across scenarios; for each, more is better for the candidate. */
export const comparedMetrics = ["year1Cash", "annualizedTotal", "totalOverHorizon"] as const;
export type ComparedMetric = (typeof comparedMetrics)[number];

const metricLabels: Record<ComparedMetric, string> = {
  year1Cash: "year-1 cash",
  annualizedTotal: "annualized total",
  totalOverHorizon: "total over the horizon",
};

export interface ScenarioComparisonRow {
  name: string;
  horizonYears: number;
  year1Cash: Cents;
  annualizedTotal: Cents;
  totalOverHorizon: Cents;
  unvestedEquityAtGrantValue: Cents;
  /** This scenario minus the first one (0 for the first). */
  versusFirst: Record<ComparedMetric, Cents>;
  /** This scenario minus the best one (0 for the best, otherwise negative). */
  versusBest: Record<ComparedMetric, Cents>;
  isBest: Record<ComparedMetric, boolean>;
}

export interface ScenarioComparison {
  rows: ScenarioComparisonRow[];
  /** Index (into `rows`) of the best scenario per metric; ties go to the earlier scenario. */
  best: Record<ComparedMetric, number>;
  /** False when the horizons differ, so totals over the horizon are not like for like. */
  sameHorizon: boolean;
  /** Plain-language differences worth calling out. */
  callouts: string[];
}

/**
 * Puts 2–4 computed scenarios side by side: year-1 cash, annualized total and total over the
 * horizon, each as a difference from the first scenario and from the best one.
 */
export function compareScenarios(results: readonly ScenarioResult[]): ScenarioComparison {
  if (results.length < 2 || results.length > 4) {
    throw new RangeError(`Compare 2 to 4 scenarios, not ${results.length}`);
  }
  const first = results[0] as ScenarioResult;
  if (results.some((r) => r.currency !== first.currency)) {
    throw new RangeError("Convert the scenarios to one currency before comparing them");
  }
  const formatCents = (amount: Cents) => formatMoney(amount, first.currency);
  const best = byMetric((metric) => {
    let index = 0;
    results.forEach((r, i) => {
      if (r[metric] > (results[index] as ScenarioResult)[metric]) index = i;
    });
    return index;
  });
  const bestValue = byMetric((metric) => (results[best[metric]] as ScenarioResult)[metric]);

  const rows = results.map(
    (r, i): ScenarioComparisonRow => ({
      name: r.name,
      horizonYears: r.horizonYears,
      year1Cash: r.year1Cash,
      annualizedTotal: r.annualizedTotal,
      totalOverHorizon: r.totalOverHorizon,
      unvestedEquityAtGrantValue: r.unvestedEquityAtGrantValue,
      versusFirst: byMetric((m) => r[m] - first[m]),
      versusBest: byMetric((m) => r[m] - bestValue[m]),
      isBest: byMetric((m) => best[m] === i),
    }),
  );

  const sameHorizon = results.every((r) => r.horizonYears === first.horizonYears);
  const callouts: string[] = [];
  if (!sameHorizon) {
    callouts.push(
      `The horizons differ (${results.map((r) => `${r.horizonYears}`).join(", ")} years), so totals over the horizon are not like for like; compare the annualized figures.`,
    );
  }
  for (const metric of comparedMetrics) {
    const winner = results[best[metric]] as ScenarioResult;
    const runnerUp = Math.max(
      ...results.filter((_, i) => i !== best[metric]).map((r) => r[metric]),
    );
    const lead = winner[metric] - runnerUp;
    callouts.push(
      lead === 0
        ? `"${results
            .filter((r) => r[metric] === winner[metric])
            .map((r) => r.name)
            .join(
              '" and "',
            )}" tie for the highest ${metricLabels[metric]} (${formatCents(winner[metric])}).`
        : `"${winner.name}" has the highest ${metricLabels[metric]}: ${formatCents(winner[metric])}, ${formatCents(lead)} more than the next.`,
    );
  }
  const cashLeader = results[best.year1Cash] as ScenarioResult;
  const valueLeader = results[best.annualizedTotal] as ScenarioResult;
  if (
    cashLeader.annualizedTotal < valueLeader.annualizedTotal &&
    cashLeader.year1Cash > valueLeader.year1Cash
  ) {
    callouts.push(
      `"${cashLeader.name}" pays the most in year 1, but "${valueLeader.name}" is worth more per year over the horizon.`,
    );
  }
  return { rows, best, sameHorizon, callouts };
}

function byMetric<T>(fn: (metric: ComparedMetric) => T): Record<ComparedMetric, T> {
  return {
    year1Cash: fn("year1Cash"),
    annualizedTotal: fn("annualizedTotal"),
    totalOverHorizon: fn("totalOverHorizon"),
  };
}
