import { type BenchmarkFigure, formatAmount, formatFigure, formatRange } from "@aiml/domain";

const statisticWords: Record<string, string> = {
  median: "median",
  mean: "average",
  range: "typical",
};

/** "median $344,000 · range $199,000 to $743,000 or more", or the plain figure. */
export function describeFigure(f: BenchmarkFigure): string {
  const range = formatRange(f);
  if (f.value !== null && range) {
    const word = statisticWords[f.statistic] ?? "";
    return `${word} ${f.approximate ? "about " : ""}${formatAmount(f.value, f.unit)} · range ${range}`.trim();
  }
  return formatFigure(f);
}
