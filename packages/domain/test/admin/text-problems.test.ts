import { describe, expect, it } from "vitest";
import { findBinaryUploadProblem, findTextProblem } from "../../src";

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("findBinaryUploadProblem", () => {
  it("recognises spreadsheet workbooks, UTF-16 text and other binary data", () => {
    expect(findBinaryUploadProblem(bytes(0x50, 0x4b, 0x03, 0x04, 0x14))?.message).toContain(
      "spreadsheet workbook",
    );
    expect(findBinaryUploadProblem(bytes(0xd0, 0xcf, 0x11, 0xe0))?.message).toContain(
      "spreadsheet workbook",
    );
    expect(findBinaryUploadProblem(bytes(0xff, 0xfe, 0x6b, 0x00))?.message).toContain("UTF-16");
    expect(findBinaryUploadProblem(bytes(0x6b, 0x65, 0x00, 0x79))?.message).toContain("NUL");
  });

  it("lets text through", () => {
    expect(findBinaryUploadProblem(utf8("key,label\nk,Café"))).toBeNull();
  });
});

describe("findTextProblem", () => {
  it("names the line where text was not UTF-8", () => {
    const issue = findTextProblem("key,label\nk1,ok\nk2,Caf\uFFFD\n");
    expect(issue).toMatchObject({ severity: "error", code: "encoding" });
    expect(issue?.message).toMatch(/^Line 3 is not valid UTF-8 text/);
    expect(issue?.message).toContain("CSV UTF-8");
  });

  it("names the line of a NUL character", () => {
    expect(findTextProblem("key\n\u0000")?.message).toMatch(/^Line 2 contains a NUL character/);
  });

  it("accepts clean text", () => {
    expect(findTextProblem("key,label\nk,Zürich — 東京\n")).toBeNull();
  });
});
