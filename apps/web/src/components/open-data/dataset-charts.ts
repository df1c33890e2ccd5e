/** Which open-data charts draw each open dataset, for the Sources page's "Used in". */
export const openDatasetCharts: Record<string, { id: string; title: string; path: string }[]> = {
  "indeed-postings-us": [
    { id: "postings-trend", title: "Job postings on Indeed, United States", path: "/demand" },
  ],
  "indeed-postings-us-states": [
    { id: "postings-by-state", title: "Job postings by state", path: "/demand" },
  ],
  "indeed-postings-us-sectors-2024-10": [
    { id: "sector-postings", title: "Tech sectors against all postings", path: "/demand" },
  ],
  "bls-oews-national-tech-wages": [
    { id: "pay-percentiles", title: "Pay percentiles over time", path: "/pay" },
    { id: "pay-projection", title: "Pay to 2034, modelled", path: "/growth" },
  ],
  "bls-oews-state-tech-wages-2023": [{ id: "pay-by-state", title: "Pay by state", path: "/pay" }],
  "bls-employment-projections-2024-34": [
    { id: "projection-paths", title: "Projected employment", path: "/growth" },
    { id: "annual-openings", title: "Openings a year", path: "/demand" },
  ],
  "bea-rpp-states": [
    {
      id: "pay-by-state",
      title: "Pay by state, adjusted for cost of living",
      path: "/pay?prices=adjusted",
    },
  ],
};
