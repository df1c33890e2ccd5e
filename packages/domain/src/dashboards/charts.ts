import type { BenchmarkFigure } from "../benchmarks/figure";
import { dimensionNames, type Unit } from "../benchmarks/vocabulary";
import {
  byCompany,
  byEducation,
  byIndustry,
  byLabel,
  byLocation,
  byRole,
  bySkill,
  byYear,
  joinLabel,
} from "./labels";
import type { DashboardPage } from "./pages";

export type SortOrder = "source" | "value-desc" | "value-asc" | "label";

/**
 * A chart on a dashboard: which published figures it draws and how it labels them. The numbers
 * always come from the database; this only selects and names them.
 */
export interface ChartSpec {
  id: string;
  page: DashboardPage;
  title: string;
  description: string;
  /** "bars" draws one unit on one axis; "list" shows figures of mixed units as a table. */
  kind: "bars" | "list";
  unit?: Unit;
  select: (f: BenchmarkFigure) => boolean;
  label: (f: BenchmarkFigure) => string;
  defaultSort: SortOrder;
  /** Filters of its page that apply to it. */
  filters?: { comp?: boolean; level?: boolean; highlight?: "company" };
}

const is =
  (...metrics: string[]) =>
  (f: BenchmarkFigure) =>
    metrics.includes(f.metric);

/** Every dimension but the role: a figure with none of them describes the whole field. */
const segmentDims = dimensionNames.filter((d) => d !== "role");
const unsegmented = (f: BenchmarkFigure) => segmentDims.every((d) => f[d] === null);
const ofRole = (role: string) => (f: BenchmarkFigure) => f.role === role;
const unitIs = (unit: Unit) => (f: BenchmarkFigure) => f.unit === unit;
const all =
  (...tests: ((f: BenchmarkFigure) => boolean)[]) =>
  (f: BenchmarkFigure) =>
    tests.every((t) => t(f));

export const chartCatalog: readonly ChartSpec[] = [
  // ── Demand and supply ──
  {
    id: "demand-vs-supply",
    page: "demand",
    title: "Open AI/ML positions vs qualified candidates",
    description:
      "How many AI/ML positions are open and how many qualified candidates there are to fill them.",
    kind: "bars",
    unit: "count",
    select: is("open_positions", "qualified_candidates"),
    label: byLabel,
    defaultSort: "source",
  },
  {
    id: "demand-supply-ratio",
    page: "demand",
    title: "Open jobs per qualified candidate",
    description:
      "The demand-to-supply ratio as stated, beside the ratio computed from the raw counts.",
    kind: "bars",
    unit: "ratio",
    select: is("demand_supply_ratio"),
    label: byLabel,
    defaultSort: "source",
  },
  {
    id: "job-share-by-location",
    page: "demand",
    title: "Where the AI/ML jobs are",
    description: "Share of all U.S. AI/ML jobs by state.",
    kind: "bars",
    unit: "percent",
    select: all(is("job_share"), (f) => f.location !== null),
    label: byLocation,
    defaultSort: "value-desc",
  },
  {
    id: "jobs-outside-tech",
    page: "demand",
    title: "AI jobs outside traditional tech",
    description:
      "Marketing, healthcare, finance, manufacturing and retail are all hiring ML engineers.",
    kind: "bars",
    unit: "percent",
    select: all(is("job_share"), (f) => f.industry !== null),
    label: byIndustry,
    defaultSort: "source",
  },
  {
    id: "posting-requirements",
    page: "demand",
    title: "What job postings ask for",
    description: "Share of AI/ML job postings that ask for each requirement.",
    kind: "bars",
    unit: "percent",
    select: is("posting_requirement_share"),
    label: (f) => f.skill ?? f.label,
    defaultSort: "value-desc",
  },
  {
    id: "framework-share",
    page: "demand",
    title: "Framework market share",
    description: "Share of enterprise and production deployments.",
    kind: "bars",
    unit: "percent",
    select: is("framework_market_share"),
    label: (f) => joinLabel(f.skill, "enterprise/production"),
    defaultSort: "source",
  },
  {
    id: "the-work",
    page: "demand",
    title: "What the work is",
    description: "Where ML engineering time and code go, as the sources describe it.",
    kind: "bars",
    unit: "percent",
    select: is("work_time_share", "code_share"),
    label: byLabel,
    defaultSort: "source",
  },
  // ── Growth outlook ──
  {
    id: "employment-projections",
    page: "growth",
    title: "Projected employment growth, 2024–2034",
    description:
      "U.S. Bureau of Labor Statistics projections for the occupations closest to AI/ML engineering.",
    kind: "bars",
    unit: "percent_change",
    select: is("employment_growth"),
    label: byRole,
    defaultSort: "value-desc",
  },
  {
    id: "growth-ranks",
    page: "growth",
    title: "Among the fastest growing",
    description: "Rank among the fastest-growing occupations and skills.",
    kind: "list",
    select: is("occupation_growth_rank", "skill_growth_rank"),
    label: byLabel,
    defaultSort: "source",
  },
  {
    id: "postings-volume",
    page: "growth",
    title: "AI/ML job postings",
    description: "Postings in 2025 and their growth over 2024.",
    kind: "list",
    select: is("job_postings", "postings_growth"),
    label: byLabel,
    defaultSort: "source",
  },
  {
    id: "market-size",
    page: "growth",
    title: "Machine-learning market size",
    description: "The ML market in 2025 and as projected for 2030.",
    kind: "bars",
    unit: "usd",
    select: is("market_size"),
    label: byYear,
    defaultSort: "source",
  },
  {
    id: "ai-spending",
    page: "growth",
    title: "Global spending on AI systems",
    description: "Expected global spending on AI systems.",
    kind: "bars",
    unit: "usd",
    select: is("ai_spending"),
    label: byYear,
    defaultSort: "source",
  },
  {
    id: "jobs-2030",
    page: "growth",
    title: "AI-related jobs by 2030",
    description:
      "Jobs created, displaced and the net gain worldwide, as projected by the World Economic Forum.",
    kind: "bars",
    unit: "count",
    select: is("jobs_created", "jobs_displaced", "jobs_net"),
    label: byLabel,
    defaultSort: "source",
  },
  {
    id: "employer-expectations",
    page: "growth",
    title: "Employer expectations",
    description: "Share of employers who expect AI to transform their business by 2030.",
    kind: "bars",
    unit: "percent",
    select: is("employer_expectation_share"),
    label: byLabel,
    defaultSort: "source",
  },
  // ── Pay ──
  {
    id: "pay-overview",
    page: "pay",
    title: "Typical pay across the field",
    description:
      "Overall averages and medians for AI/ML engineers and the nearest official occupations.",
    kind: "bars",
    unit: "usd_per_year",
    select: all(is("salary", "total_comp"), unsegmented),
    label: byLabel,
    defaultSort: "value-desc",
    filters: { comp: true },
  },
  {
    id: "pay-changes",
    page: "pay",
    title: "Pay growth and premiums over other engineers",
    description:
      "Year-over-year changes and how ML pay compares with general software engineering.",
    kind: "list",
    select: all(
      is("salary_change", "salary_growth", "pay_premium"),
      (f) => f.skill === null && f.education === null,
    ),
    label: byLabel,
    defaultSort: "source",
  },
  {
    id: "pay-by-company",
    page: "pay",
    title: "Total compensation by company",
    description:
      "Median total compensation for ML engineers with its range; open-ended tops are marked “or more”.",
    kind: "bars",
    unit: "usd_per_year",
    select: all(is("total_comp"), (f) => f.company !== null),
    label: byCompany,
    defaultSort: "value-desc",
    filters: { highlight: "company" },
  },
  {
    id: "pay-by-industry",
    page: "pay",
    title: "Pay by industry",
    description: "Senior and lead ML engineer pay bands by industry.",
    kind: "bars",
    unit: "usd_per_year",
    select: all(is("salary", "total_comp", "base_salary"), (f) => f.industry !== null),
    label: byIndustry,
    defaultSort: "value-desc",
    filters: { level: true },
  },
  {
    id: "pay-by-level",
    page: "pay",
    title: "Pay by experience level",
    description:
      "Base-salary bands with their typical midpoints, and total compensation at top companies.",
    kind: "bars",
    unit: "usd_per_year",
    select: all(
      is("base_salary", "total_comp"),
      ofRole("ML engineer"),
      (f) => f.level !== null && f.location === null && f.company === null && f.industry === null,
    ),
    label: byLabel,
    defaultSort: "source",
    filters: { comp: true, level: true },
  },
  {
    id: "pay-by-location",
    page: "pay",
    title: "Pay by location",
    description: "Senior and lead pay in the main AI hubs, state averages, and remote roles.",
    kind: "bars",
    unit: "usd_per_year",
    select: all(is("salary", "base_salary", "total_comp"), (f) => f.location !== null),
    label: byLocation,
    defaultSort: "value-desc",
    filters: { comp: true, level: true },
  },
  {
    id: "take-home",
    page: "pay",
    title: "Take-home pay and state income tax",
    description: "What the absence of a state income tax is worth on the same salary.",
    kind: "bars",
    unit: "usd_per_year",
    select: is("take_home_difference"),
    label: byLabel,
    defaultSort: "source",
  },
  {
    id: "pay-by-specialization",
    page: "pay",
    title: "Pay by specialization",
    description: "Average pay by ML specialization, with its range.",
    kind: "bars",
    unit: "usd_per_year",
    select: all(
      is("salary", "total_comp"),
      (f) => f.specialization !== null && f.education === null,
    ),
    label: byRole,
    defaultSort: "value-desc",
  },
  {
    id: "skill-premiums-percent",
    page: "pay",
    title: "Skill premiums (percent)",
    description: "How much more each skill pays over baseline ML salaries.",
    kind: "bars",
    unit: "percent_change",
    select: all(is("pay_premium"), (f) => f.skill !== null, unitIs("percent_change")),
    label: bySkill,
    defaultSort: "value-desc",
  },
  {
    id: "skill-premiums-dollars",
    page: "pay",
    title: "Skill premiums (dollars per year)",
    description: "The same premiums in dollars, where the source states them.",
    kind: "bars",
    unit: "usd_per_year",
    select: all(is("pay_premium"), (f) => f.skill !== null, unitIs("usd_per_year")),
    label: bySkill,
    defaultSort: "value-desc",
  },
  {
    id: "pay-by-education",
    page: "pay",
    title: "Pay by education",
    description: "Average pay by highest degree, and new-PhD offers at top labs.",
    kind: "bars",
    unit: "usd_per_year",
    select: all(is("salary", "total_comp"), (f) => f.education !== null),
    label: (f) =>
      joinLabel(
        f.education,
        f.company ?? (f.metric === "total_comp" ? "top-lab total comp" : null),
      ),
    defaultSort: "value-desc",
  },
  {
    id: "education-premiums",
    page: "pay",
    title: "Education premiums",
    description: "The PhD premium over base, and the master's premium over a bachelor's.",
    kind: "list",
    select: all(is("pay_premium"), (f) => f.education !== null),
    label: byEducation,
    defaultSort: "source",
  },
  // ── Top of the market ──
  {
    id: "frontier-roles",
    page: "top-of-market",
    title: "What a “$900k AI job” is",
    description:
      "The headline is total compensation for a small slice of frontier researchers and engineers.",
    kind: "list",
    select: (f) => f.source.datasetSlug === "ai-900k-article",
    label: byLabel,
    defaultSort: "source",
  },
  {
    id: "composite-packages",
    page: "top-of-market",
    title: "Two composite packages",
    description:
      "Illustrative packages for an AI research scientist (L5) and a staff AI engineer (L6).",
    kind: "list",
    select: (f) => f.source.datasetSlug === "article-composite-packages",
    label: (f) => joinLabel(f.role, f.label),
    defaultSort: "source",
  },
  {
    id: "recruiter-offer",
    page: "top-of-market",
    title: "The offer that won a candidate",
    description: "A recruiter's account of the winning offer for a candidate at a leading AI lab.",
    kind: "list",
    select: (f) => f.source.datasetSlug === "recruiter-offer",
    label: byLabel,
    defaultSort: "source",
  },
];

/** Datasets shown only on the Sources page (advertising, not market data). */
export const sourcesOnlyDatasets: readonly string[] = ["springboard-advert"];

export function chartsForPage(page: DashboardPage): ChartSpec[] {
  return chartCatalog.filter((c) => c.page === page);
}
