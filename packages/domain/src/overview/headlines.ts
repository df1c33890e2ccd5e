/** Which published figures the Overview leads with; the numbers themselves come from the database. */
export interface HeadlineRef {
  datasetSlug: string;
  key: string;
}

export interface OverviewHeadline {
  id: string;
  title: string;
  /** The dashboard that explains it. */
  href: string;
  figure: HeadlineRef;
  /** A second figure shown with it, e.g. the year-over-year change. */
  companion?: HeadlineRef;
}

export const overviewHeadlines: readonly OverviewHeadline[] = [
  {
    id: "average-salary",
    title: "Average AI/ML engineer salary",
    href: "/pay",
    figure: { datasetSlug: "hakia-guide", key: "salary.mean.2025" },
    companion: { datasetSlug: "hakia-guide", key: "salary-change.2025" },
  },
  {
    id: "median-total-comp",
    title: "Median total comp at top companies",
    href: "/pay",
    figure: { datasetSlug: "levels-fyi-ml-engineers-2025", key: "total-comp.median.top-companies" },
  },
  {
    id: "projected-growth",
    title: "Projected employment growth, 2024–2034",
    href: "/growth",
    figure: { datasetSlug: "bls-2024", key: "employment-growth.cirs.2024-2034" },
  },
  {
    id: "demand-supply",
    title: "Open AI/ML jobs per qualified candidate",
    href: "/demand",
    figure: { datasetSlug: "hakia-guide", key: "demand-supply-ratio" },
  },
  {
    id: "postings-growth",
    title: "Growth in AI/ML job postings, 2024→2025",
    href: "/growth",
    figure: { datasetSlug: "hakia-guide", key: "postings-growth.2025" },
    companion: { datasetSlug: "hakia-guide", key: "job-postings.2025" },
  },
];
