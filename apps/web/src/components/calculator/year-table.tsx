import { formatCents, type ScenarioResult } from "@aiml/domain";

const cell = "border-b border-slate-200 px-2 py-1.5 text-right tabular-nums dark:border-slate-800";

export function YearTable({ result }: { result: ScenarioResult }) {
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
              <td className={cell}>{formatCents(y.base)}</td>
              <td className={cell}>{formatCents(y.bonus)}</td>
              <td className={cell}>{formatCents(y.signing)}</td>
              <td className={cell}>{formatCents(y.equity)}</td>
              <td className={`${cell} font-semibold`}>{formatCents(y.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className={`${cell} text-left`}>
              Total
            </th>
            <td className={cell}>{formatCents(result.totals.base)}</td>
            <td className={cell}>{formatCents(result.totals.bonus)}</td>
            <td className={cell}>{formatCents(result.totals.signing)}</td>
            <td className={cell}>{formatCents(result.totals.equity)}</td>
            <td className={`${cell} font-semibold`}>{formatCents(result.totalOverHorizon)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
