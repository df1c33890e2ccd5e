import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentText } from "./helpers/documents";

const GUIDE = "001_c0608c5ff0a8a3af";
const ARTICLE = "000_02628524a31adb19";

interface Expected {
  dataset: string;
  key: string;
  /** The phrase in the document that states the figure. */
  phrase: string;
  document: string;
  publisher: string;
  value?: string;
  low?: string;
  high?: string;
  highOpen?: boolean;
}

// Each row: a figure as the database holds it, and where the document states it.
const expected: Expected[] = [
  {
    dataset: "hakia-guide",
    key: "salary.mean.2025",
    value: "206000",
    phrase: "average of $206,000 in 2025",
    document: GUIDE,
    publisher: "Hakia",
  },
  {
    dataset: "hakia-guide",
    key: "salary-change.2025",
    value: "50000",
    phrase: "a $50,000 jump",
    document: GUIDE,
    publisher: "Hakia",
  },
  {
    dataset: "levels-fyi-ml-engineers-2025",
    key: "total-comp.median.top-companies",
    value: "260750",
    phrase: "median total compensation of $260,750",
    document: GUIDE,
    publisher: "Levels.fyi",
  },
  {
    dataset: "bls-2024",
    key: "employment-growth.cirs.2024-2034",
    value: "26",
    phrase: "26% growth for computer and information research scientists",
    document: GUIDE,
    publisher: "Bureau of Labor Statistics",
  },
  {
    dataset: "bls-2024",
    key: "salary.median.cirs",
    value: "145080",
    phrase: "median salary of $145,080",
    document: GUIDE,
    publisher: "Bureau of Labor Statistics",
  },
  {
    dataset: "bls-2024",
    key: "employment-growth.data-scientists.2024-2034",
    value: "34",
    phrase: "even higher at 34%",
    document: GUIDE,
    publisher: "Bureau of Labor Statistics",
  },
  {
    dataset: "bls-2024",
    key: "salary.median.data-scientists",
    value: "112590",
    phrase: "BLS median of $112,590",
    document: GUIDE,
    publisher: "Bureau of Labor Statistics",
  },
  {
    dataset: "hakia-guide",
    key: "demand-supply-ratio",
    value: "3.2",
    phrase: "3.2-to-1 demand-to-supply ratio",
    document: GUIDE,
    publisher: "Hakia",
  },
  {
    dataset: "hakia-guide",
    key: "open-positions",
    value: "1600000",
    phrase: "about 1.6 million open AI/ML positions",
    document: GUIDE,
    publisher: "Hakia",
  },
  {
    dataset: "hakia-guide",
    key: "qualified-candidates",
    value: "518000",
    phrase: "only about 518,000 qualified candidates",
    document: GUIDE,
    publisher: "Hakia",
  },
  {
    dataset: "signify-payscale-glassdoor-levels-2025",
    key: "base-salary.entry",
    value: "120000",
    low: "98000",
    high: "148000",
    phrase: "between $98,000 and $148,000 in base salary, with a typical midpoint around $120,000",
    document: GUIDE,
    publisher: "Signify Technology",
  },
  {
    dataset: "signify-payscale-glassdoor-levels-2025",
    key: "base-salary.mid",
    value: "175000",
    low: "149000",
    high: "200000",
    phrase: "$149,000-$200,000, with a midpoint around $175,000",
    document: GUIDE,
    publisher: "Signify Technology",
  },
  {
    dataset: "signify-payscale-glassdoor-levels-2025",
    key: "base-salary.senior",
    value: "220000",
    low: "175000",
    high: "275000",
    phrase: "$175,000-$275,000 in base, with a midpoint around $220,000",
    document: GUIDE,
    publisher: "Signify Technology",
  },
  {
    dataset: "signify-payscale-glassdoor-levels-2025",
    key: "base-salary.staff",
    value: "290000",
    low: "235000",
    high: "355000",
    phrase: "$235,000-$355,000 in base salary, with a midpoint around $290,000",
    document: GUIDE,
    publisher: "Signify Technology",
  },
  {
    dataset: "signify-technology-2025-2026",
    key: "base-salary.senior.sf",
    low: "220000",
    high: "275000",
    phrase: "Senior ML engineers in SF earn $220,000-$275,000",
    document: GUIDE,
    publisher: "Signify Technology",
  },
  {
    dataset: "signify-technology-2025-2026",
    key: "job-share.california",
    value: "29",
    phrase: "California holds 29% of all AI/ML jobs",
    document: GUIDE,
    publisher: "Signify Technology",
  },
  {
    dataset: "signify-technology-2025-2026",
    key: "salary.remote",
    low: "105000",
    high: "295000",
    phrase: "typically pay $105,000-$295,000",
    document: GUIDE,
    publisher: "Signify Technology",
  },
  {
    dataset: "ziprecruiter-2025",
    key: "salary.mean.washington",
    value: "175132",
    phrase: "Washington at the top ($175,132 average)",
    document: GUIDE,
    publisher: "ZipRecruiter",
  },
  {
    dataset: "ziprecruiter-2025",
    key: "salary.mean.california",
    value: "171872",
    phrase: "California ($171,872)",
    document: GUIDE,
    publisher: "ZipRecruiter",
  },
  {
    dataset: "ziprecruiter-2025",
    key: "salary.mean.ml-research-scientist",
    value: "226353",
    low: "179000",
    high: "360000",
    phrase: "$226,353 average (ZipRecruiter), ranging from $179,000-$360,000",
    document: GUIDE,
    publisher: "ZipRecruiter",
  },
  {
    dataset: "indeed-2025",
    key: "salary.mean.ml-engineer-general",
    value: "186146",
    low: "122000",
    high: "265000",
    phrase: "$186,146 average (Indeed), ranging from $122,000-$265,000",
    document: GUIDE,
    publisher: "Indeed",
  },
  {
    dataset: "glassdoor-2025",
    key: "salary.mean.data-scientist-ml",
    value: "170623",
    phrase: "$170,623 average (Glassdoor)",
    document: GUIDE,
    publisher: "Glassdoor",
  },
  {
    dataset: "levels-fyi-ml-engineers-2025",
    key: "total-comp.median.google",
    value: "344000",
    low: "199000",
    high: "743000",
    highOpen: true,
    phrase: "Google: $344,000 median TC, ranging from $199,000 to $743,000+",
    document: GUIDE,
    publisher: "Levels.fyi",
  },
  {
    dataset: "levels-fyi-ml-engineers-2025",
    key: "total-comp.median.meta",
    value: "302000",
    low: "187000",
    high: "785000",
    highOpen: true,
    phrase: "Meta: $302,000 median TC, ranging from $187,000 to $785,000+",
    document: GUIDE,
    publisher: "Levels.fyi",
  },
  {
    dataset: "levels-fyi-ml-engineers-2025",
    key: "total-comp.median.apple",
    value: "373000",
    phrase: "Apple: $373,000 median total compensation",
    document: GUIDE,
    publisher: "Levels.fyi",
  },
  {
    dataset: "levels-fyi-ml-engineers-2025",
    key: "total-comp.max.snap.senior",
    value: "806000",
    highOpen: true,
    phrase: "Snap: up to $806,000+",
    document: GUIDE,
    publisher: "Levels.fyi",
  },
  {
    dataset: "levels-fyi-ml-engineers-2025",
    key: "total-comp.median.amazon",
    value: "265000",
    low: "176000",
    high: "401000",
    highOpen: true,
    phrase: "Amazon: $265,000 median TC, ranging from $176,000 to $401,000+",
    document: GUIDE,
    publisher: "Levels.fyi",
  },
  {
    dataset: "hakia-guide",
    key: "pay-premium.genai.pct",
    low: "40",
    high: "60",
    phrase: "GenAI/LLM expertise adds 40-60% ($56,000-$110,000)",
    document: GUIDE,
    publisher: "Hakia",
  },
  {
    dataset: "hakia-guide",
    key: "pay-premium.genai.usd",
    low: "56000",
    high: "110000",
    phrase: "GenAI/LLM expertise adds 40-60% ($56,000-$110,000)",
    document: GUIDE,
    publisher: "Hakia",
  },
  {
    dataset: "hakia-guide",
    key: "pay-premium.phd.usd",
    low: "21000",
    high: "55000",
    phrase: "15-30% premium ($21,000-$55,000 above base)",
    document: GUIDE,
    publisher: "Hakia",
  },
  {
    dataset: "hakia-guide",
    key: "salary.mean.masters",
    value: "196643",
    phrase: "Master's holders earn around $196,643 on average",
    document: GUIDE,
    publisher: "Hakia",
  },
  {
    dataset: "hakia-guide",
    key: "salary.mean.bachelors",
    value: "170704",
    phrase: "around $170,704 on average",
    document: GUIDE,
    publisher: "Hakia",
  },
  {
    dataset: "hakia-guide",
    key: "job-postings.2025",
    value: "49200",
    phrase: "AI/ML job postings hit 49,200 in 2025, up 163% from 2024",
    document: GUIDE,
    publisher: "Hakia",
  },
  {
    dataset: "hakia-guide",
    key: "postings-growth.2025",
    value: "163",
    phrase: "up 163% from 2024",
    document: GUIDE,
    publisher: "Hakia",
  },
  {
    dataset: "hakia-guide",
    key: "market-size.ml.2030",
    value: "503400000000",
    phrase: "$503.4 billion by 2030",
    document: GUIDE,
    publisher: "Hakia",
  },
  {
    dataset: "hakia-guide",
    key: "market-size.ml.2025",
    value: "113100000000",
    phrase: "up from $113.1 billion in 2025",
    document: GUIDE,
    publisher: "Hakia",
  },
  {
    dataset: "wef-jobs-2030",
    key: "jobs-created.2030",
    value: "170000000",
    phrase: "170 million new AI-related jobs globally by 2030",
    document: GUIDE,
    publisher: "World Economic Forum",
  },
  {
    dataset: "wef-jobs-2030",
    key: "jobs-displaced.2030",
    value: "92000000",
    phrase: "92 million jobs displaced",
    document: GUIDE,
    publisher: "World Economic Forum",
  },
  {
    dataset: "wef-jobs-2030",
    key: "jobs-net.2030",
    value: "78000000",
    phrase: "a net gain of 78 million positions",
    document: GUIDE,
    publisher: "World Economic Forum",
  },
  {
    dataset: "axial-search-postings-2026",
    key: "posting-share.pytorch",
    value: "42",
    phrase: "PyTorch appears in 42% of job postings",
    document: GUIDE,
    publisher: "Axial Search",
  },
  {
    dataset: "axial-search-postings-2026",
    key: "posting-share.nlp",
    value: "19.7",
    phrase: "NLP appears in 19.7% of postings",
    document: GUIDE,
    publisher: "Axial Search",
  },
  {
    dataset: "article-composite-packages",
    key: "year1-cash.research-scientist-l5",
    value: "670000",
    phrase: "| Year 1 Total Cash | $670,000 | $690,000 |",
    document: ARTICLE,
    publisher: "Levels.fyi and Blind",
  },
  {
    dataset: "article-composite-packages",
    key: "annualized-total-comp.staff-ai-engineer-l6",
    value: "870000",
    phrase: "| Annualized Total Comp (over 4 yrs) | $905,000 | $870,000 |",
    document: ARTICLE,
    publisher: "Levels.fyi and Blind",
  },
  {
    dataset: "article-composite-packages",
    key: "equity-grant.research-scientist-l5",
    value: "2200000",
    phrase: "| Equity Grant (4-year value) | $2,200,000 | $1,800,000 |",
    document: ARTICLE,
    publisher: "Levels.fyi and Blind",
  },
  {
    dataset: "recruiter-offer",
    key: "base-salary.offer",
    value: "280000",
    phrase: "a $280k base",
    document: ARTICLE,
    publisher: "recruiter",
  },
  {
    dataset: "recruiter-offer",
    key: "signing-bonus.offer",
    value: "500000",
    phrase: "a $500k signing bonus",
    document: ARTICLE,
    publisher: "recruiter",
  },
  {
    dataset: "recruiter-offer",
    key: "equity-grant.offer",
    value: "2000000",
    phrase: "$2 million in stock vesting over four years",
    document: ARTICLE,
    publisher: "recruiter",
  },
];

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

describe("seeded figures match the source documents", () => {
  it("checks at least 30 figures", () => {
    expect(expected.length).toBeGreaterThanOrEqual(30);
  });

  it.each(expected)("$dataset / $key", async (row) => {
    expect(documentText(row.document)).toContain(row.phrase);

    const point = await t.db.dataPoint.findFirst({
      where: { key: row.key, version: { publishedOf: { is: { slug: row.dataset } } } },
      include: { version: { include: { dataset: true } } },
    });
    expect(point, `${row.dataset}/${row.key} is missing`).not.toBeNull();
    if (!point) return;
    expect(point.sourceDocumentId).toBe(row.document);
    expect(point.version.dataset.publisher).toContain(row.publisher);
    if (row.value !== undefined) expect(point.value?.toString()).toBe(row.value);
    if (row.low !== undefined) expect(point.low?.toString()).toBe(row.low);
    if (row.high !== undefined) expect(point.high?.toString()).toBe(row.high);
    expect(point.highOpen).toBe(row.highOpen ?? false);
  });

  it("quotes every seeded figure verbatim from the document it names", async () => {
    const points = await t.db.dataPoint.findMany({
      select: { key: true, quote: true, sourceDocumentId: true },
    });
    expect(points.length).toBeGreaterThan(100);
    const misquoted = points.filter(
      (p) => !p.sourceDocumentId || !p.quote || !documentText(p.sourceDocumentId).includes(p.quote),
    );
    expect(misquoted.map((p) => p.key)).toEqual([]);
  });

  it("gives every dataset a publisher, an as-of date and a published version", async () => {
    const datasets = await t.db.dataset.findMany();
    expect(datasets.length).toBeGreaterThanOrEqual(10);
    for (const d of datasets) {
      expect(d.publisher.length).toBeGreaterThan(0);
      expect(d.asOf).toBeInstanceOf(Date);
      expect(d.publishedVersionId).not.toBeNull();
    }
  });
});
