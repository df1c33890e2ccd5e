import { describe, expect, it } from "vitest";
import {
  readAmount,
  readCode,
  readFlag,
  readText,
  readWholeNumber,
} from "../../src/admin/csv/cells";

describe("reading amounts", () => {
  it("reads plain decimal numbers, with a sign or an exponent", () => {
    expect(readAmount(" 120000.5 ")).toEqual({ ok: true, value: 120_000.5 });
    expect(readAmount("-3")).toEqual({ ok: true, value: -3 });
    expect(readAmount("1.5e3")).toEqual({ ok: true, value: 1500 });
    expect(readAmount("")).toEqual({ ok: true, value: undefined });
  });

  it("rejects currency symbols, thousands separators and percent signs, suggesting the plain form", () => {
    expect(readAmount("$120,000")).toEqual({
      ok: false,
      message: expect.stringContaining('"$120,000" is not a plain number: write 120000'),
    });
    expect(readAmount("12%")).toMatchObject({
      ok: false,
      message: expect.stringContaining("write 12"),
    });
    expect(readAmount("about 5")).toMatchObject({
      ok: false,
      message: expect.stringContaining('"about 5"'),
    });
  });

  it("rejects numbers with more digits than a stored figure keeps exactly", () => {
    expect(readAmount("100000000000000.0001")).toMatchObject({
      ok: false,
      message: expect.stringContaining("at most 15 significant digits"),
    });
    expect(readAmount("1e400")).toMatchObject({
      ok: false,
      message: expect.stringContaining("too large"),
    });
    // Magnitude beyond Decimal(20,4) is left to the schema, which says "too large".
    expect(readAmount("99999999999999999999")).toEqual({ ok: true, value: 1e20 });
    expect(readAmount("999999999999999")).toEqual({ ok: true, value: 999_999_999_999_999 });
  });
});

describe("reading other cells", () => {
  it("undoes the apostrophe that keeps formula-like text from running", () => {
    expect(readText("'=SUM(A1:A9)")).toEqual({ ok: true, value: "=SUM(A1:A9)" });
    expect(readText("'-5% drop")).toEqual({ ok: true, value: "-5% drop" });
    expect(readText("It's fine")).toEqual({ ok: true, value: "It's fine" });
    expect(readText("   ")).toEqual({ ok: true, value: undefined });
  });

  it("compares vocabulary codes in lower case", () => {
    expect(readCode(" Base_Salary ")).toEqual({ ok: true, value: "base_salary" });
  });

  it("reads flags as true/false, yes/no or 1/0, blank being false", () => {
    expect(["true", "YES", "1", "y"].map((c) => readFlag(c))).toEqual(
      Array(4).fill({ ok: true, value: true }),
    );
    expect(["false", "no", "0", ""].map((c) => readFlag(c))).toEqual(
      Array(4).fill({ ok: true, value: false }),
    );
    expect(readFlag("maybe")).toMatchObject({ ok: false });
  });

  it("reads whole numbers only", () => {
    expect(readWholeNumber("2025")).toEqual({ ok: true, value: 2025 });
    expect(readWholeNumber("2025.5")).toMatchObject({ ok: false });
  });
});
