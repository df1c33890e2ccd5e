import { minorToDecimalString } from "./currency";
import type { Cents } from "./money";
import type { ScenarioResult } from "./scenario";
import type { ScenarioInputs } from "./schemas";

/** Characters that make a spreadsheet treat a cell as a formula (CSV/formula injection). */
const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];

/**
 * A text cell: prefixed with a single quote when it starts like a formula, then quoted per
 * RFC 4180 when it contains a comma, a double quote, CR or LF (quotes are doubled).
 */
export function csvTextCell(text: string): string {
  const safe = FORMULA_TRIGGERS.some((t) => text.startsWith(t)) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const header = [
  "Scenario",
  "Year",
  "Base",
  "Bonus",
  "Signing bonus",
  "Equity vested (grant value)",
  "Equity vested (modelled value)",
  "Cash",
  "Total",
];

/**
 * One scenario's yearly table as CSV (RFC 4180: comma-separated, CRLF line ends, a header
 * row, then one row per year and a final "Total" row). Amounts are plain decimals in the
 * scenario's currency (dollars with 2 decimals; whole yen) with no symbol so spreadsheets can
 * sum them; a scenario not in dollars gets a "Currency" column, and one with benefits counted
 * a "Benefits counted" column, so each row's parts add up to its total. The scenario name is
 * escaped and neutralised against formula injection.
 */
export function scenarioToCsv(
  inputs: Pick<ScenarioInputs, "name">,
  result: ScenarioResult,
): string {
  const name = csvTextCell(inputs.name);
  const moneyCell = (amount: Cents) => minorToDecimalString(amount, result.currency);
  const withBenefits = result.totals.benefitsIncluded > 0;
  const withCurrency = result.currency !== "USD";
  const row = (
    label: string,
    r: Pick<
      ScenarioResult["totals"],
      | "base"
      | "bonus"
      | "signing"
      | "equityAtGrantValue"
      | "equity"
      | "cash"
      | "benefitsIncluded"
      | "total"
    >,
  ) =>
    [
      name,
      label,
      moneyCell(r.base),
      moneyCell(r.bonus),
      moneyCell(r.signing),
      moneyCell(r.equityAtGrantValue),
      moneyCell(r.equity),
      moneyCell(r.cash),
      ...(withBenefits ? [moneyCell(r.benefitsIncluded)] : []),
      moneyCell(r.total),
      ...(withCurrency ? [result.currency] : []),
    ].join(",");
  const columns = [
    ...header.slice(0, -1),
    ...(withBenefits ? ["Benefits counted"] : []),
    "Total",
    ...(withCurrency ? ["Currency"] : []),
  ];
  const lines = [
    columns.map(csvTextCell).join(","),
    ...result.years.map((y) => row(String(y.year), y)),
    row("Total", result.totals),
  ];
  return `${lines.join("\r\n")}\r\n`;
}
