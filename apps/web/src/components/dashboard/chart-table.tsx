import { type ChartView, formatAmount, formatAsOf, formatFigure } from "@aiml/domain";

export function ChartTable({ chart }: { chart: ChartView }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="data-table min-w-[36rem]">
        <caption className="sr-only">{chart.title}: the chart's figures as a table</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Value</th>
            <th scope="col">Low</th>
            <th scope="col">High</th>
            <th scope="col">Source</th>
            <th scope="col">As of</th>
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.rowLabel}</th>
              <td>
                {r.value !== null
                  ? `${r.statistic === "point" ? "" : `${r.statistic} `}${formatAmount(r.value, r.unit)}`
                  : formatFigure(r)}
              </td>
              <td>{r.low !== null ? formatAmount(r.low, r.unit) : "—"}</td>
              <td>
                {r.high !== null
                  ? `${formatAmount(r.high, r.unit)}${r.highOpen ? " or more" : ""}`
                  : r.highOpen
                    ? "open-ended"
                    : "—"}
              </td>
              <td>{r.source.publisher}</td>
              <td>{formatAsOf(r.source.asOf, r.source.asOfPrecision)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
