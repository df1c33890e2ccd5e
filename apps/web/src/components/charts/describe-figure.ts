import { type BenchmarkFigure, formatAmount, formatFigure, formatRange } from "@aiml/domain";

const statisticWords: Record<string, string> = {
  median: "median",
  mean: "average",
  range: "typical",
};

/**
 * "median $344,000 · range $199,000 to $743,000 or more", or the plain figure; compact:
 * "median $344k · range $199k to $743k or more", short enough to sit under a bar on a phone.
 */
export function describeFigure(f: BenchmarkFigure, options: { compact?: boolean } = {}): string {
  const range = formatRange(f, options);
  if (f.value !== null && range) {
    const word = statisticWords[f.statistic] ?? "";
    return `${word} ${f.approximate ? "about " : ""}${formatAmount(f.value, f.unit, options)} · range ${range}`.trim();
  }
  return formatFigure(f, options);
}
