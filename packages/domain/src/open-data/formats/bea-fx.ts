import type { OpenDataCsvFormat } from "./format";

const rpp = (metric: string, column: string) =>
  ({ metric, unit: "price_parity", columns: { value: column } }) as const;

export const beaRppStates: OpenDataCsvFormat = {
  id: "bea-rpp-states",
  description:
    "BEA Regional Price Parities by state (US = 100): year, state, state_name, rpp_all_items, rpp_goods, rpp_housing, rpp_utilities, rpp_other_services",
  columns: [
    "year",
    "state",
    "state_name",
    "rpp_all_items",
    "rpp_goods",
    "rpp_housing",
    "rpp_utilities",
    "rpp_other_services",
  ],
  period: { column: "year", kind: "year", precision: "year", month: 1 },
  dimensionColumns: { state: "state" },
  attributeColumns: { stateName: "state_name" },
  metrics: [
    rpp("rpp_all_items", "rpp_all_items"),
    rpp("rpp_goods", "rpp_goods"),
    rpp("rpp_housing", "rpp_housing"),
    rpp("rpp_utilities", "rpp_utilities"),
    rpp("rpp_other_services", "rpp_other_services"),
  ],
};

export const fxAnnualUsd: OpenDataCsvFormat = {
  id: "fx-annual-usd",
  description:
    "Annual average exchange rates against the US dollar: year, currency (ISO 4217), units_per_usd, usd_per_unit, method",
  columns: ["year", "currency", "units_per_usd", "usd_per_unit", "method"],
  period: { column: "year", kind: "year", precision: "year", month: 1 },
  dimensionColumns: { currency: "currency" },
  attributeColumns: { method: "method" },
  metrics: [
    { metric: "fx_units_per_usd", unit: "units_per_usd", columns: { value: "units_per_usd" } },
    { metric: "fx_usd_per_unit", unit: "usd_per_unit", columns: { value: "usd_per_unit" } },
  ],
};
