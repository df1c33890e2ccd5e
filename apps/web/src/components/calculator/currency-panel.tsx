import {
  type Currency,
  convertMoney,
  type FxRate,
  formatMoney,
  latestCommonRateYear,
  type ScenarioResult,
} from "@aiml/domain";
import { Citation, type DataCitation } from "./data-citation";

// Loaded when a display currency is chosen (see scenario-editor).

export interface FxData {
  rates: FxRate[];
  source: DataCitation;
}

const measures = [
  { key: "year1Cash", label: "Year-1 cash" },
  { key: "annualizedTotal", label: "Annualized total" },
  { key: "totalOverHorizon", label: "Total over the horizon" },
] as const;

/** The headline figures in the offer's currency and, beside them, in the display currency. */
export default function CurrencyPanel({
  result,
  display,
  fx,
}: {
  result: ScenarioResult;
  display: Currency;
  fx: FxData;
}) {
  const year = latestCommonRateYear(result.currency, display, fx.rates);
  if (year === null) {
    return (
      <p role="alert" className="text-sm" data-testid="currency-panel">
        There is no exchange rate between {result.currency} and {display} in the data.
      </p>
    );
  }
  const converted = measures.map((m) => ({
    ...m,
    conversion: convertMoney(result[m.key], result.currency, display, year, fx.rates),
  }));
  const first = converted[0]?.conversion;
  return (
    <section className="text-sm" data-testid="currency-panel" aria-label="In another currency">
      <table className="w-full border-collapse">
        <thead>
          <tr>
            <th scope="col" className="py-1 text-left">
              Measure
            </th>
            <th scope="col" className="py-1 text-right">
              {result.currency}
            </th>
            <th scope="col" className="py-1 text-right">
              {display}
            </th>
          </tr>
        </thead>
        <tbody>
          {converted.map((m) => (
            <tr key={m.key}>
              <th scope="row" className="py-1 text-left font-normal">
                {m.label}
              </th>
              <td className="py-1 text-right tabular-nums">
                {formatMoney(result[m.key], result.currency)}
              </td>
              <td className="py-1 text-right tabular-nums">
                {m.conversion.ok ? formatMoney(m.conversion.amount, display) : m.conversion.message}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {first?.ok && (
        <p className="mt-1" data-testid="fx-rate">
          At the {year} annual average rate: 1 {result.currency} = {first.rate.toFixed(4)} {display}
          .
        </p>
      )}
      <Citation source={fx.source} />
    </section>
  );
}
