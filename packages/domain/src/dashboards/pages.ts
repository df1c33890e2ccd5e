export const dashboardPages = ["demand", "growth", "pay", "top-of-market"] as const;
export type DashboardPage = (typeof dashboardPages)[number];

export interface PageInfo {
  id: DashboardPage;
  path: string;
  title: string;
  description: string;
}

export const pageInfo: Record<DashboardPage, PageInfo> = {
  demand: {
    id: "demand",
    path: "/demand",
    title: "Demand and supply",
    description:
      "Open positions against qualified candidates, where the jobs are, and what job postings ask for.",
  },
  growth: {
    id: "growth",
    path: "/growth",
    title: "Growth outlook",
    description:
      "Employment projections, job-posting growth, market size, AI spending and jobs created and displaced by 2030.",
  },
  pay: {
    id: "pay",
    path: "/pay",
    title: "Pay",
    description:
      "Salaries and total compensation by company, industry, level, location, specialization, skills and education.",
  },
  "top-of-market": {
    id: "top-of-market",
    path: "/top-of-market",
    title: "Top of the market",
    description:
      "The packages behind the “$900k AI job” headlines: base, bonus, signing bonus and equity, and how the headline is assembled.",
  },
};

/**
 * The public pages whose content is the published benchmark data alone (the Overview, the
 * dashboards and the sources): the same for every visitor until the next publish.
 */
export const publishedDataPagePaths: readonly string[] = [
  "/",
  ...dashboardPages.map((page) => pageInfo[page].path),
  "/sources",
];

/** Every page anyone can open without signing in. */
export const publicPagePaths: readonly string[] = [
  ...publishedDataPagePaths,
  "/calculator",
  "/sign-in",
  "/sign-up",
];

/** Public pages that draw charts (the calculator draws its year-by-year bars as one). */
export const chartPagePaths: readonly string[] = [
  ...dashboardPages.map((page) => pageInfo[page].path),
  "/calculator",
];
