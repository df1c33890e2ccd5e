import {
  type BenchmarkFigure,
  positionInRange,
  type RangePosition,
  type ScenarioInputs,
  type ScenarioResult,
} from "@aiml/domain";

export interface BenchmarkComparison {
  figure: BenchmarkFigure;
  /** Which of the scenario's amounts is held against the range. */
  compared: "base" | "total";
  amountCents: number;
  position: RangePosition;
  /** How the benchmark was matched: "company", "level" or "location". */
  matchedOn: "company" | "level" | "location";
}

const same = (a: string | null, b: string | undefined) =>
  !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

const hasRange = (f: BenchmarkFigure) => f.low !== null && (f.high !== null || f.highOpen);

/**
 * Where a scenario's year-1 base and annualized total comp fall against the published ranges
 * that match its company, level or location. Base is held against base-salary ranges; total
 * comp against total-comp ranges; a salary whose kind the source leaves open is held against base.
 */
export function marketPosition(
  inputs: ScenarioInputs,
  result: ScenarioResult,
  figures: BenchmarkFigure[],
): BenchmarkComparison[] {
  // Benchmarks are in US dollars; other currencies are converted by the caller first.
  if (result.currency !== "USD") return [];
  const base = result.years[0]?.base ?? 0;
  const total = result.annualizedTotal;
  const comparisons: BenchmarkComparison[] = [];
  for (const figure of figures) {
    if (!hasRange(figure) || figure.unit !== "usd_per_year") continue;
    const compared =
      figure.metric === "total_comp"
        ? "total"
        : ["base_salary", "salary"].includes(figure.metric)
          ? "base"
          : null;
    if (!compared) continue;
    const matchedOn = same(figure.company, inputs.company)
      ? "company"
      : same(figure.location, inputs.location) &&
          (!figure.level || same(figure.level, inputs.level))
        ? "location"
        : same(figure.level, inputs.level) &&
            !figure.company &&
            !figure.location &&
            !figure.industry
          ? "level"
          : null;
    if (!matchedOn) continue;
    const amountCents = compared === "total" ? total : base;
    comparisons.push({
      figure,
      compared,
      amountCents,
      matchedOn,
      position: positionInRange(amountCents, figure.low ?? 0, figure.high, figure.highOpen),
    });
  }
  return comparisons;
}
