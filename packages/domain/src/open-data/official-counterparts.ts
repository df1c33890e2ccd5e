import type { ObservationStatistic } from "./vocabulary";

/**
 * An article figure that quotes an official series now seeded as open data: the two are shown
 * side by side with their vintages, never one in place of the other.
 */
export interface OfficialCounterpart {
  id: string;
  /** The article figure, as the seed files name it. */
  figure: { datasetSlug: string; key: string };
  /** The official series: metric and statistic of an occupation, nationally. */
  socCode: string;
  metric: string;
  statistic: ObservationStatistic;
  /** The open-data layouts that hold the official series. */
  importFormats: readonly string[];
  measure: string;
}

const OEWS = ["bls-oews-national"] as const;
const PROJECTIONS = ["bls-employment-projections-2024-34"] as const;

export const officialCounterparts: readonly OfficialCounterpart[] = [
  {
    id: "cirs-median-wage",
    figure: { datasetSlug: "bls-2024", key: "salary.median.cirs" },
    socCode: "15-1221",
    metric: "annual_wage",
    statistic: "p50",
    importFormats: OEWS,
    measure: "Median annual wage, computer and information research scientists",
  },
  {
    id: "data-scientists-median-wage",
    figure: { datasetSlug: "bls-2024", key: "salary.median.data-scientists" },
    socCode: "15-2051",
    metric: "annual_wage",
    statistic: "p50",
    importFormats: OEWS,
    measure: "Median annual wage, data scientists",
  },
  {
    id: "cirs-projected-growth",
    figure: { datasetSlug: "bls-2024", key: "employment-growth.cirs.2024-2034" },
    socCode: "15-1221",
    metric: "employment_change_percent",
    statistic: "value",
    importFormats: PROJECTIONS,
    measure: "Projected employment change, computer and information research scientists",
  },
  {
    id: "data-scientists-projected-growth",
    figure: { datasetSlug: "bls-2024", key: "employment-growth.data-scientists.2024-2034" },
    socCode: "15-2051",
    metric: "employment_change_percent",
    statistic: "value",
    importFormats: PROJECTIONS,
    measure: "Projected employment change, data scientists",
  },
];
