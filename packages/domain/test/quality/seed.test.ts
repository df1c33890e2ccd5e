import { describe, expect, it } from "vitest";
import { checkDataPoints } from "../../src/quality";
import { readAllSeeds, readSeed } from "../market/seed-files";

describe("quality rules on the seed data", () => {
  it("find exactly the two annualized-total discrepancies in the article's composite packages", () => {
    const dataset = readSeed("article-composite-packages");
    const keys = dataset.dataPoints.map((p) => p.key);
    const issues = checkDataPoints(dataset.dataPoints, {
      datasetAsOf: dataset.asOf,
      hasSource: Boolean(dataset.sourceUrl),
    });
    expect(
      issues.map((i) => [i.severity, i.code, i.index === null ? null : keys[i.index]]),
    ).toEqual([
      ["warning", "total-mismatch", "annualized-total-comp.research-scientist-l5"],
      ["warning", "total-mismatch", "annualized-total-comp.staff-ai-engineer-l6"],
    ]);
    expect(issues[0]?.message).toContain("$905,000 stated vs $1,032,500 computed");
    expect(issues[1]?.message).toContain("$870,000 stated vs $990,000 computed");
    // The year-1 cash totals add up, so they raise nothing.
    expect(issues.some((i) => i.message.startsWith("Year-1 cash"))).toBe(false);
  });

  it("find no errors in any seed file", () => {
    for (const dataset of readAllSeeds()) {
      const issues = checkDataPoints(dataset.dataPoints, {
        datasetAsOf: dataset.asOf,
        hasSource: Boolean(dataset.sourceUrl),
      });
      expect(
        issues.filter((i) => i.severity === "error"),
        dataset.slug,
      ).toEqual([]);
    }
  });

  it("warn about only the known questions in the other seed files", () => {
    const warnings = readAllSeeds()
      .filter((d) => d.slug !== "article-composite-packages")
      .flatMap((d) =>
        checkDataPoints(d.dataPoints, { datasetAsOf: d.asOf, hasSource: Boolean(d.sourceUrl) }).map(
          (i) => `${d.slug} ${i.index === null ? "-" : d.dataPoints[i.index]?.key} ${i.code}`,
        ),
      );
    // Two pairs of hakia-guide figures share every dimension: what the share is of (data
    // preparation vs model development; 5+ years vs domain experts) is only in the key and label.
    expect(warnings).toEqual([
      "hakia-guide work-share.model-development duplicate-figure",
      "hakia-guide posting-requirement-share.domain-experts duplicate-figure",
    ]);
  });
});
