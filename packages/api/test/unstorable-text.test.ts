import { expect, it } from "vitest";
import { hasUnstorableText } from "../src/unstorable-text";

it("finds NUL and lone surrogates in any string or key, however deep", () => {
  expect(hasUnstorableText({ a: [{ b: "ok" }, new Map([["k", "bad\u0000"]])] })).toBe(true);
  expect(hasUnstorableText({ "\ud800": 1 })).toBe(true);
  expect(hasUnstorableText({ a: ["fine", new Set(["also fine"])], n: 1, d: new Date() })).toBe(
    false,
  );
});
