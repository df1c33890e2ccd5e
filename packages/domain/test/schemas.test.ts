import { describe, expect, it } from "vitest";
import { dataPointInputSchema, datasetMetadataSchema, datasetSeedSchema } from "../src";

const point = {
  key: "base-salary.entry",
  metric: "base_salary",
  statistic: "range",
  unit: "usd_per_year",
  low: 98000,
  high: 148000,
  value: 120000,
  label: "Entry-level base salary",
};

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe("dataPointInputSchema", () => {
  it("accepts a range with a typical value", () => {
    expect(dataPointInputSchema.parse(point)).toMatchObject({
      low: 98000,
      high: 148000,
      highOpen: false,
    });
  });

  it("rejects a low bound above the high bound", () => {
    expect(messages(dataPointInputSchema.safeParse({ ...point, low: 200000 }))).toContain(
      "Low is above high",
    );
  });

  it("needs a value or a range, and a range needs its bounds", () => {
    expect(
      messages(
        dataPointInputSchema.safeParse({
          ...point,
          low: undefined,
          high: undefined,
          value: undefined,
        }),
      ),
    ).toContain("A figure needs a value or a range");
    expect(messages(dataPointInputSchema.safeParse({ ...point, high: undefined }))).toContain(
      "A range needs a high bound or an open-ended top",
    );
    expect(
      dataPointInputSchema.safeParse({ ...point, high: undefined, highOpen: true }).success,
    ).toBe(true);
  });

  it("rejects unknown metrics, non-finite and oversized numbers, and too many decimals", () => {
    expect(dataPointInputSchema.safeParse({ ...point, metric: "vibes" }).success).toBe(false);
    expect(
      dataPointInputSchema.safeParse({ ...point, value: Number.POSITIVE_INFINITY }).success,
    ).toBe(false);
    expect(messages(dataPointInputSchema.safeParse({ ...point, high: 1e16 }))).toContain(
      "Too large: at most 15 digits before the decimal point",
    );
    expect(messages(dataPointInputSchema.safeParse({ ...point, value: 1.23456 }))).toContain(
      "At most 4 decimal places",
    );
    expect(dataPointInputSchema.safeParse({ ...point, value: 19.7 }).success).toBe(true);
  });
});

describe("datasetMetadataSchema", () => {
  const meta = {
    slug: "levels-2025",
    title: "Levels",
    publisher: "Levels.fyi",
    asOf: "2025-01-01",
  };

  it("accepts only http(s) source URLs", () => {
    expect(
      datasetMetadataSchema.safeParse({ ...meta, sourceUrl: "https://levels.fyi" }).success,
    ).toBe(true);
    expect(
      datasetMetadataSchema.safeParse({ ...meta, sourceUrl: "javascript:alert(1)" }).success,
    ).toBe(false);
    expect(
      datasetMetadataSchema.safeParse({ ...meta, sourceUrl: "data:text/html,hi" }).success,
    ).toBe(false);
  });

  it("rejects malformed dates and slugs", () => {
    expect(datasetMetadataSchema.safeParse({ ...meta, asOf: "2025-13-01" }).success).toBe(false);
    expect(datasetMetadataSchema.safeParse({ ...meta, slug: "Has Spaces" }).success).toBe(false);
  });

  it("rejects the year 0000, which Postgres cannot store, and keeps 0001 to 9999", () => {
    expect(messages(datasetMetadataSchema.safeParse({ ...meta, asOf: "0000-01-01" }))).toEqual([
      "There is no year 0000: use a date like 2025-12-31",
    ]);
    expect(datasetMetadataSchema.safeParse({ ...meta, asOf: "0001-01-01" }).success).toBe(true);
    expect(datasetMetadataSchema.safeParse({ ...meta, asOf: "9999-12-31" }).success).toBe(true);
  });
});

describe("datasetSeedSchema", () => {
  it("rejects duplicate keys within a dataset", () => {
    const seed = {
      slug: "x-1",
      title: "X",
      publisher: "X",
      asOf: "2025-01-01",
      dataPoints: [point, point],
    };
    expect(messages(datasetSeedSchema.safeParse(seed))).toContain(
      "Duplicate key base-salary.entry",
    );
  });
});
