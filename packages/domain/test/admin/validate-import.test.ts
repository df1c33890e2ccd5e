import { describe, expect, it } from "vitest";
import { type DataIssue, hasBlockingIssues, MAX_IMPORT_ROWS, validateImport } from "../../src";
import { context, GOOD_ROW, HEADER, records } from "./fixtures";

const errors = (issues: DataIssue[]) => issues.filter((i) => i.severity === "error");
const warnings = (issues: DataIssue[]) => issues.filter((i) => i.severity === "warning");

describe("validateImport: a good file", () => {
  it("reads every row into a data point, keeping its spreadsheet row", () => {
    const result = validateImport(
      records(
        HEADER,
        GOOD_ROW,
        "bonus.entry,Entry bonus,target_bonus,median,usd_per_year,10000,,,entry,doc-1",
      ),
      context,
    );
    expect(result.issues).toEqual([]);
    expect(result.rowCount).toBe(2);
    expect(result.points).toEqual([
      {
        row: 2,
        point: expect.objectContaining({
          key: "base-salary.entry",
          value: 120_000,
          low: 98_000,
          high: 148_000,
        }),
      },
      {
        row: 3,
        point: expect.objectContaining({ key: "bonus.entry", value: 10_000, highOpen: false }),
      },
    ]);
    expect(result.points[1]?.point.low).toBeUndefined();
  });

  it("skips blank rows, including rows of empty cells", () => {
    const result = validateImport(records("", HEADER, ",,,,,,,,,", GOOD_ROW, ""), context);
    expect(result.issues).toEqual([]);
    expect(result.rowCount).toBe(1);
  });
});

describe("validateImport: the file as a whole", () => {
  it("rejects an empty file and a file with only a header", () => {
    expect(validateImport([], context).issues).toEqual([
      { severity: "error", code: "empty-file", message: "The file is empty", row: null },
    ]);
    expect(validateImport(records("  ", ""), context).issues[0]?.code).toBe("empty-file");
    expect(validateImport(records(HEADER), context).issues).toEqual([
      expect.objectContaining({
        code: "empty-file",
        message: "The file has a header row but no data rows",
      }),
    ]);
  });

  it("stops at the header when its columns are wrong, naming them", () => {
    const result = validateImport(records("key,metric,value", GOOD_ROW), context);
    expect(result.points).toEqual([]);
    expect(result.issues.map((i) => i.message)).toEqual([
      expect.stringContaining('Missing required columns "label", "statistic", "unit"'),
    ]);
  });

  it("refuses more rows than one import takes", () => {
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => ({ row: 0, cells: ["x"] }));
    const result = validateImport([{ row: 1, cells: HEADER.split(",") }, ...many], context);
    expect(result.issues).toEqual([expect.objectContaining({ code: "too-many-rows" })]);
  });
});

describe("validateImport: row-level messages", () => {
  it("names the row and column of an unreadable or invalid cell", () => {
    const result = validateImport(
      records(
        HEADER,
        "a,A,base_salary,median,usd_per_year,$120000",
        "b,B,salry,median,usd_per_year,1",
        "c,C,base_salary,average,usd_per_year,1",
        "d,D,base_salary,median,usd_per_year,",
      ),
      context,
    );
    expect(errors(result.issues).map((i) => [i.row, i.field, i.message])).toEqual([
      [
        2,
        "value",
        expect.stringMatching(/^Row 2, value: "\$120000" is not a plain number: write 120000/),
      ],
      [3, "metric", 'Row 3, metric: "salry" is not a known metric'],
      [
        4,
        "statistic",
        'Row 4, statistic: "average" is not a statistic: use point, mean, median, range, min, max',
      ],
      [5, "value", "Row 5, value: A figure needs a value or a range"],
    ]);
    expect(result.points).toEqual([]);
  });

  it("reports numbers beyond what Decimal(20,4) and the schema allow", () => {
    const result = validateImport(
      records(
        HEADER,
        "a,A,job_postings,point,count,99999999999999999999",
        "b,B,job_postings,point,count,100000000000000.0001",
        "c,C,job_postings,point,count,1.23456",
      ),
      context,
    );
    expect(result.issues.map((i) => i.message)).toEqual([
      "Row 2, value: Too large: at most 15 digits before the decimal point",
      expect.stringMatching(/^Row 3, value: .*at most 15 significant digits/),
      "Row 4, value: At most 4 decimal places",
    ]);
  });

  it("reports extra cells, which usually mean an unquoted comma", () => {
    const result = validateImport(
      records("key,label,metric,statistic,unit,value", "a,A,x,y,z,1,2,3"),
      context,
    );
    expect(result.issues[0]?.message).toBe(
      'Row 2: 8 cells but the header has 6 columns (a comma inside a value needs "quotes")',
    );
  });

  it("makes a repeated key an error and the same figure twice a warning", () => {
    const result = validateImport(
      records(
        HEADER,
        GOOD_ROW,
        GOOD_ROW,
        "other-key,Entry base again,base_salary,range,usd_per_year,120000,98000,148000,entry,doc-1",
      ),
      context,
    );
    expect(errors(result.issues)).toEqual([
      expect.objectContaining({
        code: "duplicate-key",
        row: 3,
        relatedRows: [2],
        message: expect.stringMatching(
          /^Row 3: Key "base-salary.entry" is used twice.*\(see Row 2\)$/,
        ),
      }),
    ]);
    expect(warnings(result.issues)).toEqual([
      expect.objectContaining({ code: "duplicate-figure", row: 4, relatedRows: [2] }),
    ]);
    expect(hasBlockingIssues(result.issues)).toBe(true);
  });

  it("warns without blocking, and blocks on a source document that does not exist", () => {
    const result = validateImport(
      records(
        HEADER,
        "a,A,job_share,point,percent,120,,,entry,doc-1",
        "b,B,job_share,point,percent,20,,,senior,no-such-doc",
      ),
      context,
    );
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: "warning", code: "percent-out-of-range", row: 2 }),
      expect.objectContaining({
        severity: "error",
        code: "unknown-document",
        row: 3,
        message: 'Row 3: there is no source document "no-such-doc"',
      }),
    ]);
  });
});
