import { formatMoney, type ScenarioInputs, type ScenarioResult } from "@aiml/domain";

const cell = "border-b border-slate-200 px-2 py-1.5 text-right tabular-nums dark:border-slate-800";

interface BenefitColumn {
  label: string;
  counted: boolean;
  amount: (y: ScenarioResult["years"][number]) => number;
}

/** Benefit lines with something in them, each its own column. */
function benefitColumns(result: ScenarioResult, benefits: ScenarioInputs["benefits"] | undefined) {
  const columns: BenefitColumn[] = [];
  if (result.totals.retirementMatch > 0) {
    columns.push({
      label: "401(k) match",
      counted: benefits?.includeRetirementMatch ?? true,
      amount: (y) => y.retirementMatch,
    });
  }
  if (result.totals.esppGain > 0) {
    columns.push({
      label: "ESPP gain",
      counted: benefits?.includeEspp ?? true,
      amount: (y) => y.esppGain,
    });
  }
  benefits?.otherItems.forEach((item, i) => {
    columns.push({
      label: item.label,
      counted: item.include,
      amount: (y) => y.otherBenefits[i] ?? 0,
    });
  });
  return columns;
}

export function YearTable({
  result,
  benefits,
}: {
  result: ScenarioResult;
  benefits?: ScenarioInputs["benefits"];
}) {
  const money = (amount: number) => formatMoney(amount, result.currency);
  const columns = benefitColumns(result, benefits);
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[34rem] border-collapse text-sm" data-testid="year-table">
        <caption className="sr-only">Pay year by year</caption>
        <thead>
          <tr>
            <th scope="col" className={`${cell} text-left`}>
              Year
            </th>
            <th scope="col" className={cell}>
              Base
            </th>
            <th scope="col" className={cell}>
              Bonus
            </th>
            <th scope="col" className={cell}>
              Signing
            </th>
            <th scope="col" className={cell}>
              Equity vested
            </th>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={cell}>
                {c.label}
                {!c.counted && <span className="block text-xs font-normal">(not counted)</span>}
              </th>
            ))}
            <th scope="col" className={cell}>
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {result.years.map((y) => (
            <tr key={y.year}>
              <th scope="row" className={`${cell} text-left font-normal`}>
                Year {y.year}
              </th>
              <td className={cell}>{money(y.base)}</td>
              <td className={cell}>{money(y.bonus)}</td>
              <td className={cell}>{money(y.signing)}</td>
              <td className={cell}>{money(y.equity)}</td>
              {columns.map((c) => (
                <td key={c.label} className={cell}>
                  {money(c.amount(y))}
                </td>
              ))}
              <td className={`${cell} font-semibold`}>{money(y.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className={`${cell} text-left`}>
              Total
            </th>
            <td className={cell}>{money(result.totals.base)}</td>
            <td className={cell}>{money(result.totals.bonus)}</td>
            <td className={cell}>{money(result.totals.signing)}</td>
            <td className={cell}>{money(result.totals.equity)}</td>
            {columns.map((c) => (
              <td key={c.label} className={cell}>
                {money(result.years.reduce((sum, y) => sum + c.amount(y), 0))}
              </td>
            ))}
            <td className={`${cell} font-semibold`}>{money(result.totalOverHorizon)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
