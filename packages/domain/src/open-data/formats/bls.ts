import type { OpenDataCsvFormat } from "./format";

const EMPLOYMENT = "employment (wage and salary jobs; excludes the self-employed)";
const MAY = 5;

export const blsOewsNational: OpenDataCsvFormat = {
  id: "bls-oews-national",
  description:
    "BLS OEWS national estimates, one row per May release and SOC code: year, soc_code, occupation_title, occ_group, employment, annual mean and percentile wages, hourly mean and median, flags",
  columns: [
    "year",
    "soc_code",
    "occupation_title",
    "occ_group",
    "employment",
    "annual_mean_wage",
    "annual_wage_p10",
    "annual_wage_p25",
    "annual_wage_median",
    "annual_wage_p75",
    "annual_wage_p90",
    "hourly_mean_wage",
    "hourly_median_wage",
    "flags",
  ],
  period: { column: "year", kind: "year", precision: "month", month: MAY },
  dimensionColumns: { socCode: "soc_code", occupation: "occupation_title" },
  fixedDimensions: { state: "US" },
  attributeColumns: { occupationGroup: "occ_group" },
  metrics: [
    {
      metric: "annual_wage",
      unit: "usd_per_year",
      columns: {
        mean: "annual_mean_wage",
        p10: "annual_wage_p10",
        p25: "annual_wage_p25",
        p50: "annual_wage_median",
        p75: "annual_wage_p75",
        p90: "annual_wage_p90",
        count: "employment",
      },
      flagsColumn: "flags",
      countMeaning: EMPLOYMENT,
    },
    {
      metric: "hourly_wage",
      unit: "usd_per_hour",
      columns: { mean: "hourly_mean_wage", p50: "hourly_median_wage" },
    },
  ],
};

export const blsOewsState: OpenDataCsvFormat = {
  id: "bls-oews-state",
  description:
    "BLS OEWS state estimates: year, state, state_name, soc_code, occupation_title, employment, annual mean and percentile wages, hourly mean, location_quotient, detail (full|mean_only), flags",
  columns: [
    "year",
    "state",
    "state_name",
    "soc_code",
    "occupation_title",
    "employment",
    "annual_mean_wage",
    "annual_wage_p10",
    "annual_wage_p25",
    "annual_wage_median",
    "annual_wage_p75",
    "annual_wage_p90",
    "hourly_mean_wage",
    "location_quotient",
    "detail",
    "flags",
  ],
  period: { column: "year", kind: "year", precision: "month", month: MAY },
  dimensionColumns: { state: "state", socCode: "soc_code", occupation: "occupation_title" },
  attributeColumns: { stateName: "state_name", detail: "detail" },
  metrics: [
    {
      metric: "annual_wage",
      unit: "usd_per_year",
      columns: {
        mean: "annual_mean_wage",
        p10: "annual_wage_p10",
        p25: "annual_wage_p25",
        p50: "annual_wage_median",
        p75: "annual_wage_p75",
        p90: "annual_wage_p90",
        count: "employment",
      },
      flagsColumn: "flags",
      countMeaning: EMPLOYMENT,
    },
    { metric: "hourly_wage", unit: "usd_per_hour", columns: { mean: "hourly_mean_wage" } },
    { metric: "location_quotient", unit: "ratio", columns: { value: "location_quotient" } },
  ],
};

const BASE = { start: "2024-01-01", end: null, precision: "year" } as const;
const TARGET = { start: "2034-01-01", end: null, precision: "year" } as const;
const SPAN = { start: "2024-01-01", end: "2034-01-01", precision: "span" } as const;

export const blsEmploymentProjections: OpenDataCsvFormat = {
  id: "bls-employment-projections-2024-34",
  description:
    "BLS Employment Projections 2024–34 (Table 1.2): soc_code, occupation_title, row_type, employment 2024 and 2034 and change (thousands), change percent, percent self-employed 2024, annual openings (thousands), median annual wage 2024, typical entry education",
  columns: [
    "soc_code",
    "occupation_title",
    "row_type",
    "employment_2024_thousands",
    "employment_2034_thousands",
    "employment_change_thousands",
    "employment_change_percent",
    "percent_self_employed_2024",
    "annual_openings_thousands",
    "median_annual_wage_2024_usd",
    "typical_entry_education",
  ],
  period: null,
  dimensionColumns: { socCode: "soc_code", occupation: "occupation_title" },
  fixedDimensions: { state: "US" },
  attributeColumns: { rowType: "row_type", entryEducation: "typical_entry_education" },
  metrics: [
    {
      metric: "employment",
      unit: "count_thousands",
      columns: { value: "employment_2024_thousands" },
      period: BASE,
    },
    {
      metric: "employment",
      unit: "count_thousands",
      columns: { value: "employment_2034_thousands" },
      period: TARGET,
    },
    {
      metric: "employment_change",
      unit: "count_thousands",
      columns: { value: "employment_change_thousands" },
      period: SPAN,
    },
    {
      metric: "employment_change_percent",
      unit: "percent_change",
      columns: { value: "employment_change_percent" },
      period: SPAN,
    },
    {
      metric: "annual_openings",
      unit: "count_thousands",
      columns: { value: "annual_openings_thousands" },
      period: SPAN,
    },
    {
      metric: "self_employed_percent",
      unit: "percent",
      columns: { value: "percent_self_employed_2024" },
      period: BASE,
    },
    {
      metric: "annual_wage",
      unit: "usd_per_year",
      columns: { p50: "median_annual_wage_2024_usd" },
      period: { start: "2024-05-01", end: null, precision: "month" },
    },
  ],
};
