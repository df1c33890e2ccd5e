import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { metrics, statistics, units } from "../../src";
import {
  checkDataPoints,
  type DataPointCandidate,
  hasErrors,
  type QualityIssue,
  qualityIssueCodes,
} from "../../src/quality";

const point = (over: Partial<DataPointCandidate> = {}): DataPointCandidate => ({
  key: "base-salary.entry",
  metric: "base_salary",
  statistic: "range",
  unit: "usd_per_year",
  low: 98_000,
  high: 148_000,
  value: 120_000,
  level: "entry",
  label: "Entry-level base salary",
  document: "doc-1",
  ...over,
});

const codes = (issues: QualityIssue[]) => issues.map((i) => i.code);

describe("checkDataPoints: a clean dataset", () => {
  it("has no issues", () => {
    expect(checkDataPoints([point()])).toEqual([]);
    expect(checkDataPoints([point()], { datasetAsOf: "2025-01-01", hasSource: true })).toEqual([]);
    expect(checkDataPoints([])).toEqual([]);
  });
});

describe("low above high", () => {
  it("is an error, with both amounts in the message", () => {
    const issues = checkDataPoints([point({ low: 200_000, value: undefined })]);
    expect(issues).toEqual([
      {
        severity: "error",
        code: "low-above-high",
        message: "Low ($200,000) is above high ($148,000)",
        index: 0,
        field: "low",
      },
    ]);
    expect(hasErrors(issues)).toBe(true);
  });

  it("does not fire for equal bounds or a missing bound", () => {
    expect(checkDataPoints([point({ low: 148_000, value: 148_000 })])).toEqual([]);
    expect(checkDataPoints([point({ high: undefined, highOpen: true })])).toEqual([]);
  });

  it("writes amounts in the figure's unit", () => {
    const [issue] = checkDataPoints([
      point({ unit: "percent_change", metric: "pay_premium", low: 60, high: 40, value: undefined }),
    ]);
    expect(issue?.message).toBe("Low (60%) is above high (40%)");
  });
});

describe("a value outside its own range", () => {
  it("warns for a median below its low", () => {
    const issues = checkDataPoints([
      point({
        statistic: "median",
        metric: "total_comp",
        value: 150_000,
        low: 199_000,
        high: 743_000,
      }),
    ]);
    expect(issues).toMatchObject([
      {
        severity: "warning",
        code: "value-outside-range",
        message: "Median ($150,000) is below its own low ($199,000)",
        index: 0,
        field: "value",
      },
    ]);
    expect(hasErrors(issues)).toBe(false);
  });

  it("warns for a mean or typical value above its high", () => {
    expect(checkDataPoints([point({ statistic: "mean", value: 150_000 })])[0]?.message).toBe(
      "Mean ($150,000) is above its own high ($148,000)",
    );
    expect(checkDataPoints([point({ value: 150_000 })])[0]?.message).toBe(
      "Typical value ($150,000) is above its own high ($148,000)",
    );
  });

  it("does not check above an open-ended top, but still checks below the low", () => {
    expect(
      checkDataPoints([point({ value: 344_000, low: 199_000, high: 300_000, highOpen: true })]),
    ).toEqual([]);
    expect(
      codes(
        checkDataPoints([point({ value: 100_000, low: 199_000, high: 300_000, highOpen: true })]),
      ),
    ).toEqual(["value-outside-range"]);
  });

  it("does not fire for a value on a bound, a value without a range, or an inverted range", () => {
    expect(
      checkDataPoints([
        point({ value: 98_000 }),
        point({ key: "b", level: "mid", value: 148_000 }),
      ]),
    ).toEqual([]);
    expect(
      checkDataPoints([point({ statistic: "mean", low: undefined, high: undefined })]),
    ).toEqual([]);
    expect(
      codes(checkDataPoints([point({ low: 200_000, high: 100_000, value: 300_000 })])),
    ).toEqual(["low-above-high"]);
  });
});

describe("negative money", () => {
  it("is an error for every negative amount in usd or usd_per_year", () => {
    const issues = checkDataPoints([
      point({ low: -5_000, value: undefined }),
      point({
        key: "signing",
        metric: "signing_bonus",
        statistic: "point",
        unit: "usd",
        value: -1,
        low: undefined,
        high: undefined,
      }),
    ]);
    expect(issues).toMatchObject([
      { severity: "error", code: "negative-money", index: 0, field: "low" },
      { severity: "error", code: "negative-money", index: 1, field: "value" },
    ]);
    expect(issues[0]?.message).toBe(
      "Low (-$5,000) is negative: an amount of money cannot be below $0",
    );
  });

  it("does not fire for zero, for other units, or for changes and differences that can fall", () => {
    expect(checkDataPoints([point({ low: 0, value: undefined })])).toEqual([]);
    expect(
      checkDataPoints([
        point({
          metric: "salary_growth",
          unit: "percent_change",
          statistic: "point",
          value: -5,
          low: undefined,
          high: undefined,
        }),
      ]),
    ).toEqual([]);
    const falls = (["salary_change", "take_home_difference", "pay_premium"] as const).map(
      (metric, i) =>
        point({
          key: `k${i}`,
          metric,
          statistic: "point",
          value: -10_000,
          low: undefined,
          high: undefined,
        }),
    );
    expect(checkDataPoints(falls)).toEqual([]);
  });
});

describe("percent bounds", () => {
  const share = (over: Partial<DataPointCandidate>) =>
    point({
      metric: "job_share",
      statistic: "point",
      unit: "percent",
      value: 50,
      low: undefined,
      high: undefined,
      ...over,
    });

  it("warns for a share above 100% or below 0%", () => {
    const issues = checkDataPoints([
      share({ value: 120 }),
      share({ key: "b", statistic: "range", value: undefined, low: -5, high: 10 }),
    ]);
    expect(issues).toMatchObject([
      { severity: "warning", code: "percent-out-of-range", index: 0, field: "value" },
      { severity: "warning", code: "percent-out-of-range", index: 1, field: "low" },
    ]);
    expect(issues[0]?.message).toContain("Value (120%) is above 100%");
    expect(issues[1]?.message).toContain("Low (-5%) is below 0%");
  });

  it("does not fire for 0% to 100%", () => {
    expect(
      checkDataPoints([share({ value: 0 }), share({ key: "b", skill: "x", value: 100 })]),
    ).toEqual([]);
  });

  it("lets a change exceed 100% but warns below -100%", () => {
    const change = (value: number, key: string) =>
      share({ key, metric: "postings_growth", unit: "percent_change", value, year: Number(key) });
    expect(
      checkDataPoints([change(163, "2025"), change(-100, "2024"), change(-40, "2023")]),
    ).toEqual([]);
    const issues = checkDataPoints([change(-120, "2025")]);
    expect(issues).toMatchObject([
      {
        severity: "warning",
        code: "percent-change-below-minus-100",
        message: "Value (-120%) is below -100%: nothing can fall by more than all of it",
        field: "value",
      },
    ]);
  });
});

describe("duplicates", () => {
  it("a duplicate key is an error on the later row, naming the first", () => {
    const issues = checkDataPoints([
      point(),
      point({ level: "mid", label: "Mid-level base salary" }),
    ]);
    expect(issues).toEqual([
      {
        severity: "error",
        code: "duplicate-key",
        message: 'Key "base-salary.entry" is used twice: "Entry-level base salary" already has it',
        index: 1,
        field: "key",
        relatedIndexes: [0],
      },
    ]);
  });

  it("the same figure twice is a warning, comparing text case- and whitespace-insensitively", () => {
    const issues = checkDataPoints([
      point({ role: "ML engineer" }),
      point({ key: "other", role: "  ml   Engineer ", level: "ENTRY" }),
    ]);
    expect(issues).toMatchObject([
      { severity: "warning", code: "duplicate-figure", index: 1, relatedIndexes: [0] },
    ]);
    expect(issues[0]?.message).toBe(
      'Same figure as "base-salary.entry": the same metric (base_salary), statistic (range), unit, dimensions and years',
    );
  });

  it("a row repeating both key and figure is reported once, as a duplicate key", () => {
    expect(codes(checkDataPoints([point(), point()]))).toEqual(["duplicate-key"]);
  });

  it("does not fire when any dimension, the year, base year, metric, statistic or unit differs", () => {
    const variants: Partial<DataPointCandidate>[] = [
      { level: "mid" },
      { company: "Google" },
      { location: "Seattle" },
      { education: "PhD" },
      { year: 2025 },
      { baseYear: 2024, year: 2025 },
      { metric: "salary" },
      { statistic: "mean" },
      { unit: "usd" },
    ];
    const points = [point(), ...variants.map((v, i) => point({ key: `k${i}`, ...v }))];
    expect(checkDataPoints(points)).toEqual([]);
  });
});

describe("dataset context", () => {
  it("warns when the dataset has no as-of date or an invalid one", () => {
    expect(checkDataPoints([point()], { hasSource: true })).toEqual([
      {
        severity: "warning",
        code: "missing-as-of",
        message: "The dataset has no as-of date: readers cannot tell how current its figures are",
        index: null,
      },
    ]);
    expect(codes(checkDataPoints([point()], { datasetAsOf: "  ", hasSource: true }))).toEqual([
      "missing-as-of",
    ]);
    const [invalid] = checkDataPoints([point()], { datasetAsOf: "2025-13-01", hasSource: true });
    expect(invalid).toMatchObject({ code: "invalid-as-of", severity: "warning", index: null });
    expect(invalid?.message).toContain('"2025-13-01" is not a valid date');
  });

  it("warns once when neither the dataset nor any figure names a source", () => {
    const issues = checkDataPoints(
      [point({ document: undefined }), point({ key: "b", level: "mid", document: undefined })],
      {
        datasetAsOf: "2025-01-01",
        hasSource: false,
      },
    );
    expect(issues).toMatchObject([{ severity: "warning", code: "missing-source", index: null }]);
  });

  it("warns per row when only some figures name their document", () => {
    const issues = checkDataPoints(
      [point(), point({ key: "b", level: "mid", document: undefined })],
      {
        datasetAsOf: "2025-01-01",
      },
    );
    expect(issues).toEqual([
      {
        severity: "warning",
        code: "missing-source",
        message: '"b" names no source document, and the dataset has no source of its own',
        index: 1,
        field: "document",
      },
    ]);
  });

  it("does not fire when the dataset has a source, or without a context", () => {
    expect(
      checkDataPoints([point({ document: undefined })], {
        datasetAsOf: "2025-01-01",
        hasSource: true,
      }),
    ).toEqual([]);
    expect(checkDataPoints([point({ document: undefined })])).toEqual([]);
  });

  it("lists dataset-wide issues first, then by row", () => {
    const issues = checkDataPoints(
      [point({ low: 200_000, value: undefined }), point({ key: "b", level: "mid", value: 10 })],
      {},
    );
    expect(issues.map((i) => [i.index, i.code])).toEqual([
      [null, "missing-as-of"],
      [0, "low-above-high"],
      [1, "value-outside-range"],
    ]);
  });
});

describe("stated totals against their components", () => {
  const pkg = (over: Partial<DataPointCandidate> = {}): DataPointCandidate[] => {
    const scope = { role: "AI research scientist", level: "senior", ...over };
    const part = (
      key: string,
      metric: DataPointCandidate["metric"],
      value: number,
      unit: "usd" | "usd_per_year" = "usd_per_year",
    ) =>
      point({
        ...scope,
        key,
        metric,
        statistic: "point",
        unit,
        value,
        low: undefined,
        high: undefined,
      });
    return [
      part("base", "base_salary", 320_000),
      part("bonus", "target_bonus", 100_000),
      part("signing", "signing_bonus", 250_000, "usd"),
      part("equity", "equity_grant", 2_200_000, "usd"),
    ];
  };
  const total = (
    key: string,
    metric: "year1_cash" | "annualized_total_comp",
    over: Partial<DataPointCandidate>,
  ) =>
    point({
      key,
      metric,
      statistic: "point",
      role: "AI research scientist",
      level: "senior",
      value: undefined,
      low: undefined,
      high: undefined,
      ...over,
    });

  it("warns when the annualized total does not follow, with both numbers", () => {
    const points = [...pkg(), total("annualized", "annualized_total_comp", { value: 905_000 })];
    const issues = checkDataPoints(points);
    expect(issues).toEqual([
      {
        severity: "warning",
        code: "total-mismatch",
        message:
          "Annualized total comp: $905,000 stated vs $1,032,500 computed from its components ($320,000 base + $100,000 bonus + ($250,000 signing + $2,200,000 equity) ÷ 4 years)",
        index: 4,
        field: "value",
        relatedIndexes: [0, 1, 2, 3],
      },
    ]);
  });

  it("does not warn when the annualized total follows (over 4 years by default)", () => {
    expect(
      checkDataPoints([...pkg(), total("a", "annualized_total_comp", { value: 1_032_500 })]),
    ).toEqual([]);
  });

  it("uses a vesting period stated for the same scope", () => {
    const vesting = point({
      key: "vesting",
      metric: "vesting_period",
      statistic: "point",
      unit: "count",
      value: 5,
      role: "AI research scientist",
      level: "senior",
      low: undefined,
      high: undefined,
    });
    // 320,000 + 100,000 + (250,000 + 2,200,000) / 5 = 910,000
    expect(
      checkDataPoints([...pkg(), vesting, total("a", "annualized_total_comp", { value: 910_000 })]),
    ).toEqual([]);
    const [issue] = checkDataPoints([
      ...pkg(),
      vesting,
      total("a", "annualized_total_comp", { value: 1_032_500 }),
    ]);
    expect(issue?.message).toContain("$910,000 computed");
    expect(issue?.message).toContain("÷ 5 years");
    expect(issue?.relatedIndexes).toEqual([0, 1, 2, 3, 4]);
  });

  it("warns when year-1 cash does not follow, and not when it does", () => {
    const [issue] = checkDataPoints([...pkg(), total("cash", "year1_cash", { value: 600_000 })]);
    expect(issue).toMatchObject({ code: "total-mismatch", severity: "warning", index: 4 });
    expect(issue?.message).toBe(
      "Year-1 cash: $600,000 stated vs $670,000 computed from its components ($320,000 base + $100,000 bonus + $250,000 signing)",
    );
    expect(checkDataPoints([...pkg(), total("cash", "year1_cash", { value: 670_000 })])).toEqual(
      [],
    );
  });

  it("only combines figures of the same scope", () => {
    const other = total("cash", "year1_cash", { value: 600_000, level: "staff" });
    expect(checkDataPoints([...pkg(), other])).toEqual([]);
    const otherYear = total("cash", "year1_cash", { value: 600_000, year: 2025 });
    expect(checkDataPoints([...pkg(), otherYear])).toEqual([]);
  });

  it("needs every component, stated as money", () => {
    const [base, bonus, signing] = pkg();
    if (!base || !bonus || !signing) throw new Error("fixture");
    // No equity grant: year-1 cash is still checked, the annualized total cannot be.
    expect(
      checkDataPoints([base, bonus, signing, total("a", "annualized_total_comp", { value: 1 })]),
    ).toEqual([]);
    // The bonus as a percent of base is not a component.
    const pctBonus = { ...bonus, unit: "percent" as const, value: 31.25 };
    expect(
      checkDataPoints([base, pctBonus, signing, total("c", "year1_cash", { value: 1 })]),
    ).toEqual([]);
  });

  it("skips a total whose components are ambiguous", () => {
    const points = [
      ...pkg(),
      point({
        key: "base-2",
        metric: "base_salary",
        statistic: "median",
        value: 330_000,
        role: "AI research scientist",
        level: "senior",
        low: undefined,
        high: undefined,
      }),
      total("cash", "year1_cash", { value: 1 }),
    ];
    expect(codes(checkDataPoints(points))).toEqual([]);
  });

  it("reads 'over X' and ranges as bounds", () => {
    const over = (value: number) =>
      total("a", "annualized_total_comp", { statistic: "min", value, highOpen: true });
    expect(checkDataPoints([...pkg(), over(1_000_000)])).toEqual([]);
    const [issue] = checkDataPoints([...pkg(), over(1_100_000)]);
    expect(issue?.message).toContain("at least $1,100,000 stated vs $1,032,500 computed");
    const range = (low: number, high: number) =>
      total("a", "annualized_total_comp", { statistic: "range", low, high });
    expect(checkDataPoints([...pkg(), range(1_000_000, 1_100_000)])).toEqual([]);
    expect(checkDataPoints([...pkg(), range(800_000, 900_000)])[0]?.message).toContain(
      "$800,000–$900,000 stated vs $1,032,500 computed",
    );
  });

  it("allows 1% for a total marked approximate", () => {
    expect(
      checkDataPoints([
        ...pkg(),
        total("a", "annualized_total_comp", { value: 1_030_000, approximate: true }),
      ]),
    ).toEqual([]);
    expect(
      codes(checkDataPoints([...pkg(), total("a", "annualized_total_comp", { value: 1_030_000 })])),
    ).toEqual(["total-mismatch"]);
  });
});

describe("checkDataPoints on arbitrary input", () => {
  const text = fc.option(fc.constantFrom("ML engineer", " ml engineer", "Google", "senior"), {
    nil: undefined,
  });
  const amount = fc.option(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { nil: undefined });
  const candidate = fc.record({
    key: fc.constantFrom("a", "b", "c", "A "),
    metric: fc.constantFrom(...metrics),
    statistic: fc.constantFrom(...statistics),
    unit: fc.constantFrom(...units),
    value: amount,
    low: amount,
    high: amount,
    highOpen: fc.boolean(),
    approximate: fc.boolean(),
    role: text,
    level: text,
    year: fc.option(fc.integer({ min: 2020, max: 2030 }), { nil: undefined }),
    label: fc.constant("A figure"),
    document: fc.option(fc.constant("doc"), { nil: undefined }),
  });

  it("never throws, and every issue is well-formed and points at a row", () => {
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 8 }),
        fc.option(
          fc.record({
            datasetAsOf: fc.option(fc.string(), { nil: undefined }),
            hasSource: fc.boolean(),
          }),
          {
            nil: undefined,
          },
        ),
        (points, context) => {
          const issues = checkDataPoints(points, context);
          for (const issue of issues) {
            expect(qualityIssueCodes).toContain(issue.code);
            expect(["error", "warning"]).toContain(issue.severity);
            expect(issue.message.length).toBeGreaterThan(10);
            if (issue.index !== null) expect(issue.index).toBeLessThan(points.length);
          }
        },
      ),
    );
  });
});
