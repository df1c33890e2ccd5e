import type { DerivedFigureDefinition, DerivedInput, FigureRef } from "./derived";

/*
 * Which derived figures exist. Data only: each definition names the published figures it reads
 * (by dataset slug and key, as in prisma/seed/datasets) and, where the source states the same
 * quantity, that figure too, so the dashboards can show both and flag a discrepancy. The numbers
 * come from the database when a definition is evaluated, so admins' edits flow through.
 */

const ref = (datasetSlug: string, key: string): FigureRef => ({ datasetSlug, key });
const value = (datasetSlug: string, key: string): DerivedInput => ({ ref: ref(datasetSlug, key) });
const low = (datasetSlug: string, key: string): DerivedInput => ({
  ref: ref(datasetSlug, key),
  field: "low",
});
const high = (datasetSlug: string, key: string): DerivedInput => ({
  ref: ref(datasetSlug, key),
  field: "high",
});

const HAKIA = "hakia-guide";
const LEVELS = "signify-payscale-glassdoor-levels-2025";
const COMPOSITES = "article-composite-packages";

const premiumSkills = [
  { id: "phd", name: "PhD", stated: true },
  { id: "genai", name: "GenAI/LLM skill", stated: true },
  { id: "mlops", name: "MLOps skill", stated: true },
  { id: "nlp", name: "NLP skill", stated: false },
  { id: "rust", name: "Rust-for-ML skill", stated: false },
  { id: "pytorch", name: "PyTorch proficiency", stated: false },
] as const;

const premiumDollars: DerivedFigureDefinition[] = premiumSkills.map((p) => ({
  id: `pay-premium.${p.id}.dollars`,
  title: `${p.name} pay premium in dollars on the average salary`,
  topic: "pay",
  unit: "usd_per_year",
  formula: {
    kind: "premium-in-dollars",
    baseline: value(HAKIA, "salary.mean.2025"),
    percentLow: low(HAKIA, `pay-premium.${p.id}.pct`),
    percentHigh: high(HAKIA, `pay-premium.${p.id}.pct`),
  },
  explanation: `The guide's ${p.name} premium range (percent) applied to its 2025 average AI/ML engineer salary: average × low % and average × high %.${
    p.stated
      ? " The guide also gives the premium in dollars, which implies a lower baseline than its own average."
      : ""
  }`,
  ...(p.stated ? { stated: { ref: ref(HAKIA, `pay-premium.${p.id}.usd`), decimals: -3 } } : {}),
}));

const impliedBaselines: DerivedFigureDefinition[] = premiumSkills
  .filter((p) => p.stated)
  .map((p) => ({
    id: `pay-premium.${p.id}.implied-baseline`,
    title: `Baseline salary implied by the ${p.name} premium`,
    topic: "pay",
    unit: "usd_per_year",
    formula: {
      kind: "implied-baseline",
      dollarsLow: low(HAKIA, `pay-premium.${p.id}.usd`),
      dollarsHigh: high(HAKIA, `pay-premium.${p.id}.usd`),
      percentLow: low(HAKIA, `pay-premium.${p.id}.pct`),
      percentHigh: high(HAKIA, `pay-premium.${p.id}.pct`),
    },
    explanation: `The salary the guide's dollar premium must be a percentage of: low dollars ÷ low % and high dollars ÷ high %. Compare it with the guide's 2025 average salary.`,
  }));

const levelMidpoints: DerivedFigureDefinition[] = (
  [
    ["entry", "entry-level (0-2 years)"],
    ["mid", "mid-level (3-5 years)"],
    ["senior", "senior (6-10 years)"],
    ["staff", "staff and principal (10+ years)"],
  ] as const
).map(([level, name]) => ({
  id: `base-salary.${level}.midpoint`,
  title: `Midpoint of the ${name} base-salary band`,
  topic: "pay",
  unit: "usd_per_year",
  formula: {
    kind: "range-midpoint",
    low: low(LEVELS, `base-salary.${level}`),
    high: high(LEVELS, `base-salary.${level}`),
  },
  explanation:
    "The arithmetic middle of the band, (low + high) ÷ 2, against the 'midpoint around' value the guide states for it, at the precision the guide writes it to ('around $120,000': to the ten thousand).",
  stated: { ref: ref(LEVELS, `base-salary.${level}`), decimals: -3 },
}));

const compositePackages: DerivedFigureDefinition[] = (
  [
    ["research-scientist-l5", "AI research scientist (L5)"],
    ["staff-ai-engineer-l6", "staff AI engineer (L6)"],
  ] as const
).flatMap(([who, name]): DerivedFigureDefinition[] => [
  {
    id: `year1-cash.${who}.computed`,
    title: `Year-1 cash of the ${name} composite package`,
    topic: "pay",
    unit: "usd_per_year",
    formula: {
      kind: "year1-cash",
      base: value(COMPOSITES, `base-salary.${who}`),
      bonus: value(COMPOSITES, `target-bonus.${who}`),
      signing: value(COMPOSITES, `signing-bonus.${who}`),
    },
    explanation: "Base salary + target bonus + signing bonus (the equity is not cash).",
    stated: { ref: ref(COMPOSITES, `year1-cash.${who}`) },
  },
  {
    id: `annualized-total-comp.${who}.computed`,
    title: `Annualized total comp of the ${name} composite package`,
    topic: "pay",
    unit: "usd_per_year",
    formula: {
      kind: "annualized-total-comp",
      base: value(COMPOSITES, `base-salary.${who}`),
      bonus: value(COMPOSITES, `target-bonus.${who}`),
      signing: value(COMPOSITES, `signing-bonus.${who}`),
      equity: value(COMPOSITES, `equity-grant.${who}`),
    },
    explanation:
      "Base salary + target bonus + (signing bonus + 4-year equity grant) ÷ 4: the table says it spreads the equity and the signing bonus over four years.",
    stated: { ref: ref(COMPOSITES, `annualized-total-comp.${who}`) },
  },
]);

export const derivedFigures: readonly DerivedFigureDefinition[] = [
  {
    id: "demand-supply-ratio.computed",
    title: "Open AI/ML jobs per qualified candidate, from the guide's counts",
    topic: "demand",
    unit: "ratio",
    formula: {
      kind: "ratio",
      numerator: value(HAKIA, "open-positions"),
      denominator: value(HAKIA, "qualified-candidates"),
    },
    explanation: "Open AI/ML positions ÷ qualified candidates, both as the guide states them.",
    stated: { ref: ref(HAKIA, "demand-supply-ratio") },
  },
  {
    id: "open-positions-per-posting",
    title: "Open positions per 2025 job posting",
    topic: "demand",
    unit: "ratio",
    formula: {
      kind: "ratio",
      numerator: value(HAKIA, "open-positions"),
      denominator: value(HAKIA, "job-postings.2025"),
    },
    explanation:
      "The guide's open-positions count ÷ its 2025 job-postings count: how far apart its two measures of demand are.",
  },
  {
    id: "job-postings.2024.implied",
    title: "AI/ML job postings in 2024, implied by the 2025 growth",
    topic: "growth",
    unit: "count",
    formula: {
      kind: "implied-prior-value",
      current: value(HAKIA, "job-postings.2025"),
      growthPercent: value(HAKIA, "postings-growth.2025"),
    },
    explanation: "2025 postings ÷ (1 + growth ÷ 100).",
  },
  {
    id: "ml-market.cagr.2025-2030",
    title: "Compound annual growth of the ML market, 2025–2030",
    topic: "growth",
    unit: "percent_change",
    formula: {
      kind: "compound-annual-growth",
      start: value(HAKIA, "market-size.ml.2025"),
      end: value(HAKIA, "market-size.ml.2030"),
      years: 5,
    },
    explanation:
      "(2030 size ÷ 2025 size)^(1/5) − 1: the constant yearly growth over the five years.",
  },
  {
    id: "jobs-net.2030.computed",
    title: "Net jobs by 2030, from jobs created and displaced",
    topic: "growth",
    unit: "count",
    formula: {
      kind: "net-jobs",
      created: value("wef-jobs-2030", "jobs-created.2030"),
      displaced: value("wef-jobs-2030", "jobs-displaced.2030"),
    },
    explanation: "Jobs created − jobs displaced, as the World Economic Forum projects them.",
    stated: { ref: ref("wef-jobs-2030", "jobs-net.2030"), decimals: -6 },
  },
  {
    id: "salary.mean.2024.implied",
    title: "Average AI/ML engineer salary in 2024, implied by the 2025 jump",
    topic: "pay",
    unit: "usd_per_year",
    formula: {
      kind: "prior-from-change",
      current: value(HAKIA, "salary.mean.2025"),
      change: value(HAKIA, "salary-change.2025"),
      result: "prior",
    },
    explanation: "2025 average − the stated year-over-year jump in dollars.",
  },
  {
    id: "salary.mean.growth.2025.implied",
    title: "Growth in the average AI/ML engineer salary, 2024 to 2025, implied by the jump",
    topic: "pay",
    unit: "percent_change",
    formula: {
      kind: "prior-from-change",
      current: value(HAKIA, "salary.mean.2025"),
      change: value(HAKIA, "salary-change.2025"),
      result: "growth-percent",
    },
    explanation:
      "The dollar jump ÷ the implied 2024 average (2025 average − jump). Compare it with the mid-level year-over-year growth in the level data.",
  },
  ...premiumDollars,
  ...impliedBaselines,
  {
    id: "pay-premium.masters-over-bachelors.computed",
    title: "Master's over bachelor's pay, from the two averages",
    topic: "pay",
    unit: "usd_per_year",
    formula: {
      kind: "difference",
      from: value(HAKIA, "salary.mean.bachelors"),
      to: value(HAKIA, "salary.mean.masters"),
    },
    explanation: "Average pay with a master's − average pay with a bachelor's.",
    stated: { ref: ref(HAKIA, "pay-premium.masters-over-bachelors.usd"), decimals: -3 },
  },
  {
    id: "pay-premium.masters-over-bachelors.percent",
    title: "Master's over bachelor's pay, in percent",
    topic: "pay",
    unit: "percent_change",
    formula: {
      kind: "percent-change",
      from: value(HAKIA, "salary.mean.bachelors"),
      to: value(HAKIA, "salary.mean.masters"),
    },
    explanation: "(Master's average − bachelor's average) ÷ bachelor's average.",
  },
  {
    id: "pay-premium.mid-over-junior.computed",
    title: "Junior-to-mid pay jump, from the bands' stated midpoints",
    topic: "pay",
    unit: "percent_change",
    formula: {
      kind: "percent-change",
      from: value(LEVELS, "base-salary.entry"),
      to: value(LEVELS, "base-salary.mid"),
    },
    explanation:
      "(Mid-level midpoint − entry-level midpoint) ÷ entry-level midpoint, using the midpoints the guide states for the two bands.",
    stated: { ref: ref(LEVELS, "pay-premium.mid-over-junior") },
  },
  ...levelMidpoints,
  {
    id: "software-engineer-salary.implied",
    title: "General software engineer salary implied by the ML pay premium",
    topic: "pay",
    unit: "usd_per_year",
    formula: {
      kind: "implied-prior-value",
      current: value(HAKIA, "salary.mean.2025"),
      growthPercent: value("signify-technology-2025-2026", "pay-premium.ml-vs-software-engineers"),
    },
    explanation:
      "The guide's 2025 ML average ÷ (1 + Signify Technology's ML-over-software-engineer premium ÷ 100). Two sources combined, so only indicative.",
  },
  ...compositePackages,
  {
    id: "annualized-total-comp.recruiter-offer.computed",
    title: "Annualized value of the recruiter's winning offer",
    topic: "pay",
    unit: "usd_per_year",
    formula: {
      kind: "annualized-total-comp",
      base: value("recruiter-offer", "base-salary.offer"),
      signing: value("recruiter-offer", "signing-bonus.offer"),
      equity: value("recruiter-offer", "equity-grant.offer"),
      vestingYears: value("recruiter-offer", "vesting-period.offer.years"),
    },
    explanation:
      "Base salary + (signing bonus + stock grant) ÷ the vesting period in years; the offer has no stated bonus. The article says 'over $900k'.",
    stated: {
      ref: ref("recruiter-offer", "annualized-total-comp.offer.min"),
      direction: "at-least",
    },
  },
  {
    id: "program-outcome.salary-increase.mean-of-tracks",
    title: "Average advertised salary increase over the six tracks",
    topic: "pay",
    unit: "usd_per_year",
    formula: {
      kind: "mean",
      values: [
        "data-science",
        "machine-learning-ai",
        "cybersecurity",
        "data-analytics",
        "software-engineering",
        "ui-ux-design",
      ].map((track) => value("springboard-advert", `${track}.salary-increase`)),
    },
    explanation:
      "The unweighted mean of the six per-track salary increases in the advertisement, against the average it advertises (rounded to the thousand). Promotional figures.",
    stated: { ref: ref("springboard-advert", "salary-increase.mean"), decimals: -3 },
  },
];

/** A derived figure's definition by id. */
export function findDerivedFigure(id: string): DerivedFigureDefinition | undefined {
  return derivedFigures.find((d) => d.id === id);
}
