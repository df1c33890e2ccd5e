import { type ChartView, formatAmount, formatAsOf, formatFigure } from "@aiml/domain";

const cell = "border-b border-slate-200 px-2 py-1.5 text-left align-top dark:border-slate-800";

export function ChartTable({ chart }: { chart: ChartView }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-sm">
        <caption className="sr-only">{chart.title}: the chart's figures as a table</caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>
              Figure
            </th>
            <th scope="col" className={cell}>
              Value
            </th>
            <th scope="col" className={cell}>
              Low
            </th>
            <th scope="col" className={cell}>
              High
            </th>
            <th scope="col" className={cell}>
              Source
            </th>
            <th scope="col" className={cell}>
              As of
            </th>
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className={`${cell} font-normal`}>
                {r.rowLabel}
              </th>
              <td className={`${cell} tabular-nums`}>
                {r.value !== null
                  ? `${r.statistic === "point" ? "" : `${r.statistic} `}${formatAmount(r.value, r.unit)}`
                  : formatFigure(r)}
              </td>
              <td className={`${cell} tabular-nums`}>
                {r.low !== null ? formatAmount(r.low, r.unit) : "—"}
              </td>
              <td className={`${cell} tabular-nums`}>
                {r.high !== null
                  ? `${formatAmount(r.high, r.unit)}${r.highOpen ? " or more" : ""}`
                  : r.highOpen
                    ? "open-ended"
                    : "—"}
              </td>
              <td className={cell}>{r.source.publisher}</td>
              <td className={cell}>{formatAsOf(r.source.asOf, r.source.asOfPrecision)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
