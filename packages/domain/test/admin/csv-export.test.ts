import { describe, expect, it } from "vitest";
import { dataPointFields, dataPointsToCsv, importTemplateCsv, validateImport } from "../../src";
import { context, point } from "./fixtures";

const lines = (csv: string) => csv.trimEnd().split("\r\n");

describe("dataPointsToCsv", () => {
  it("writes one column per field, in the order an import reads them", () => {
    const [header, row] = lines(dataPointsToCsv([point({ approximate: true, year: 2025 })]));
    expect(header).toBe(dataPointFields.join(","));
    expect(row).toBe(
      "base-salary.entry,Entry-level base salary,base_salary,range,usd_per_year,120000,98000,148000,false,true,,,,entry,,,,,2025,,doc-1,,",
    );
  });

  it("escapes text a spreadsheet would run as a formula, and quotes commas and quotes", () => {
    const [, row] = lines(
      dataPointsToCsv([
        point({
          label: '=HYPERLINK("http://evil.example","x")',
          note: "+1, @me",
          quote: "-5% fall",
        }),
      ]),
    );
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(row).toContain(`"'+1, @me"`);
    expect(row).toContain(`'-5% fall`);
  });

  it("writes negative numbers as numbers, not as escaped text", () => {
    const [, row] = lines(
      dataPointsToCsv([
        point({
          metric: "salary_change",
          value: -1500,
          low: undefined,
          high: undefined,
          statistic: "point",
        }),
      ]),
    );
    expect(row).toContain(",-1500,");
  });
});

describe("importTemplateCsv", () => {
  it("is a header and one example row that imports cleanly", () => {
    const template = lines(importTemplateCsv());
    expect(template).toHaveLength(2);
    const records = template.map((line, i) => ({ row: i + 1, cells: line.split(",") }));
    const result = validateImport(records, context);
    expect(result.issues).toEqual([]);
    expect(result.points).toHaveLength(1);
  });
});
