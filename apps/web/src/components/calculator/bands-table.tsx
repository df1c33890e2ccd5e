import { EQUITY_BANDS_MODEL, formatMoney, type ScenarioResult } from "@aiml/domain";

// Shown when the scenario has a risk model; part of the results loaded after the first render.

const cell = "border-b border-slate-200 px-2 py-1.5 text-right tabular-nums dark:border-slate-800";

/** The 10th, 50th and 90th percentile of each year's vested equity and of the year's total. */
export default function BandsTable({ result }: { result: ScenarioResult }) {
  if (!result.bands) return null;
  const money = (amount: number) => formatMoney(amount, result.currency);
  return (
    <section aria-labelledby="bands-heading" data-testid="equity-bands">
      <h3 id="bands-heading" className="text-base font-semibold">
        Equity risk bands
      </h3>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400" data-testid="bands-model">
        {EQUITY_BANDS_MODEL}
      </p>
      <div className="relative mt-2 overflow-x-auto">
        <table className="w-full min-w-[34rem] border-collapse text-sm">
          <caption className="sr-only">
            Equity and total pay at the 10th, 50th and 90th percentile
          </caption>
          <thead>
            <tr>
              <th scope="col" className={`${cell} text-left`}>
                Year
              </th>
              <th scope="col" className={cell}>
                Equity p10
              </th>
              <th scope="col" className={cell}>
                Equity p50
              </th>
              <th scope="col" className={cell}>
                Equity p90
              </th>
              <th scope="col" className={cell}>
                Total p10
              </th>
              <th scope="col" className={cell}>
                Total p50
              </th>
              <th scope="col" className={cell}>
                Total p90
              </th>
            </tr>
          </thead>
          <tbody>
            {result.bands.map((b) => (
              <tr key={b.year}>
                <th scope="row" className={`${cell} text-left font-normal`}>
                  Year {b.year}
                </th>
                <td className={cell}>{money(b.equity.p10)}</td>
                <td className={cell}>{money(b.equity.p50)}</td>
                <td className={cell}>{money(b.equity.p90)}</td>
                <td className={cell}>{money(b.total.p10)}</td>
                <td className={cell}>{money(b.total.p50)}</td>
                <td className={cell}>{money(b.total.p90)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
