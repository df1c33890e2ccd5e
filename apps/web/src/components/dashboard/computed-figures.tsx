import { type ComputedFigure, formatAmount, formatFigure } from "@aiml/domain";

function computedValue(c: ComputedFigure): string {
  return formatFigure({
    statistic: c.value === null ? "range" : "point",
    unit: c.unit,
    value: c.value,
    low: c.low,
    high: c.high,
    highOpen: false,
    approximate: c.approximate,
  });
}

function formatDifference(amount: number, unit: ComputedFigure["unit"]): string {
  if (unit === "ratio") return amount.toFixed(2);
  if (unit === "percent" || unit === "percent_change")
    return `${amount.toFixed(1)} percentage points`;
  return formatAmount(amount, unit);
}

function Verdict({ figure }: { figure: ComputedFigure }) {
  const { stated, comparison } = figure;
  if (!stated || !comparison) return null;
  const statedText = formatFigure({
    ...stated,
    statistic: stated.value === null ? "range" : "point",
  });
  if (comparison.agrees) {
    return (
      <span className="text-slate-700 dark:text-slate-300">
        Agrees with the stated {statedText}.
      </span>
    );
  }
  const diff = comparison.value ?? comparison.low ?? comparison.high;
  return (
    <strong className="font-semibold text-red-800 dark:text-red-300">
      Discrepancy: the source states {statedText}
      {diff && (
        <>
          ; the computed figure is {formatDifference(Math.abs(diff.difference), figure.unit)}{" "}
          {diff.difference > 0 ? "higher" : "lower"}
          {diff.differencePercent !== null && ` (${Math.abs(diff.differencePercent).toFixed(1)}%)`}
        </>
      )}
      .
    </strong>
  );
}

/** Figures computed from the ones shown, labelled as computed, with any disagreement called out. */
export function ComputedFigures({ figures }: { figures: ComputedFigure[] }) {
  if (figures.length === 0) return null;
  return (
    <div className="mt-4 rounded-md bg-slate-50 p-3 dark:bg-slate-900">
      <h3 className="text-sm font-semibold">Computed from these figures</h3>
      <ul className="mt-2 space-y-2">
        {figures.map((c) => (
          <li key={c.id} data-testid={`computed-${c.id}`} className="text-sm">
            <span>{c.title}: </span>
            <span className="font-semibold tabular-nums">{computedValue(c)}</span>{" "}
            <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs dark:bg-slate-700">
              computed
            </span>{" "}
            <Verdict figure={c} />
            <span className="block text-xs text-slate-600 dark:text-slate-400">
              {c.explanation}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
