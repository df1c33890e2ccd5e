import { describe, expect, it } from "vitest";
import { matchColumns } from "../../src";

const messages = (header: string) => matchColumns(header.split(",")).issues.map((i) => i.message);

describe("matchColumns", () => {
  it("maps header names to fields, forgiving case, spaces and underscores", () => {
    const match = matchColumns([
      "Key",
      "label",
      "METRIC",
      "statistic",
      "unit",
      "value",
      "high_open",
      "Base Year",
    ]);
    expect(match.issues).toEqual([]);
    expect(match.fields).toEqual([
      "key",
      "label",
      "metric",
      "statistic",
      "unit",
      "value",
      "highOpen",
      "baseYear",
    ]);
  });

  it("names each missing required column", () => {
    expect(messages("key,metric,statistic,value")).toEqual([
      expect.stringMatching(/^Missing required columns "label", "unit"\./),
    ]);
  });

  it("names unknown columns and lists the known ones", () => {
    const [message] = messages("key,label,metric,statistic,unit,value,compnay,salary");
    expect(message).toMatch(/^Unknown columns "compnay", "salary"\. The columns are: key, label/);
  });

  it("reports a repeated column with both positions, and an unnamed one", () => {
    expect(messages("key,label,metric,statistic,unit,value,Value,")).toEqual([
      'Column "Value" appears twice (columns 6 and 7): keep one',
      "Column 8 has no name in the header row: name it or remove it",
    ]);
  });

  it("recognises a file separated by semicolons or tabs", () => {
    expect(matchColumns(["key;label;metric"]).issues[0]?.message).toMatch(
      /^The columns are separated by semicolons, not commas/,
    );
    expect(matchColumns(["key\tlabel"]).issues[0]?.message).toMatch(/separated by tabs/);
  });

  it("needs at least one figure column", () => {
    expect(messages("key,label,metric,statistic,unit")).toEqual([
      'No figure column: add "value", or "low" and "high"',
    ]);
  });
});
