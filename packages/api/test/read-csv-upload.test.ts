import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readCsvUpload } from "../src/import/upload/read-csv-upload";

const encode = (text: string) => new TextEncoder().encode(text);

/** Lines of about 40 characters: 40,000 of them pass the 1 MiB that Papa reads at a time. */
const plainLines = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => `key-${from + i},Base salary ${from + i},${100_000 + i}`);

function readAll(text: string) {
  const records: string[][] = [];
  const cursors: number[] = [];
  const problem = readCsvUpload(encode(text), (record, done) => {
    expect(record.row).toBe(records.length + 1);
    records.push([...record.cells]);
    cursors.push(done);
  });
  return { records, cursors, problem };
}

describe("reading a CSV upload larger than one chunk", () => {
  it("gives the same records as reading it whole, with a quoted value across a chunk's end", () => {
    // The quoted value (a comma, a line break and escaped quotes in it) sits over the 1 MiB mark.
    const before = plainLines(26_000);
    const at = before.join("\n").length;
    const quoted = `key-q,"spans ${"x".repeat(1_048_576 - at)}, a line\nbreak and ""quotes""",1`;
    const text = `${["key,label,value", ...before, quoted, ...plainLines(30_000, 26_000)].join("\n")}\n`;
    expect(text.length).toBeGreaterThan(2 * 1_048_576);

    const { records, cursors, problem } = readAll(text);
    expect(problem).toBeNull();
    const whole = Papa.parse<string[]>(text, { delimiter: ",", skipEmptyLines: false }).data;
    expect(records).toEqual(whole);
    expect(records.find((r) => r[0] === "key-q")?.[1]).toContain('a line\nbreak and "quotes"');
    // Progress counts characters of the whole text, never going back.
    expect(cursors.every((c, i) => i === 0 || c >= (cursors[i - 1] ?? 0))).toBe(true);
    expect(cursors.at(-1)).toBeGreaterThan(2 * 1_048_576);
  });

  it("locates a syntax error past the first chunk by its line in the file", () => {
    const lines = ["key,label,value", ...plainLines(60_000)];
    lines[50_000] = 'key-bad,"Base salary" at Acme,1';
    const { problem, records } = readAll(`${lines.join("\n")}\n`);
    expect(problem?.message).toBe(
      'Line 50001: This is not valid CSV: text follows a closing quote: wrap the whole value in quotes and write inner quotes twice ("")',
    );
    // Records before the error's chunk were handed on; none after the error.
    expect(records.length).toBeLessThan(50_001);
  });
});
