import { formatMoney, type ScenarioResult } from "@aiml/domain";

export const parts = [
  { key: "base", label: "Base", color: "#0072B2" },
  { key: "bonus", label: "Bonus", color: "#009E73" },
  { key: "signing", label: "Signing bonus", color: "#E69F00" },
  { key: "equity", label: "Equity (modelled value)", color: "#CC79A7" },
  { key: "benefitsIncluded", label: "Benefits counted", color: "#56B4E9" },
] as const;

/** One stacked bar per year: how much of each year's pay is base, bonus, signing and equity. */
export function YearBars({ result }: { result: ScenarioResult }) {
  const max = Math.max(1, ...result.years.map((y) => y.total));
  const shown = parts.filter(
    (p) => p.key !== "benefitsIncluded" || result.totals.benefitsIncluded > 0,
  );
  return (
    <figure>
      <figcaption className="sr-only">
        Pay per year, split into base, bonus, signing bonus and equity. The table below has the
        figures.
      </figcaption>
      <ul className="flex flex-wrap gap-3 text-xs" aria-label="Legend">
        {shown.map((p) => (
          <li key={p.key} className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className="inline-block size-3 rounded-sm"
              style={{ background: p.color }}
            />
            {p.label}
          </li>
        ))}
      </ul>
      <ul className="mt-3 space-y-2" aria-hidden="true">
        {result.years.map((y) => (
          <li key={y.year} className="grid grid-cols-[4rem_1fr_7rem] items-center gap-2 text-sm">
            <span>Year {y.year}</span>
            <div className="flex h-5 overflow-hidden rounded bg-slate-100 dark:bg-slate-800">
              {parts.map((p) => (
                <div
                  key={p.key}
                  style={{ width: `${(y[p.key] / max) * 100}%`, background: p.color }}
                />
              ))}
            </div>
            <span className="text-right tabular-nums">{formatMoney(y.total, result.currency)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
