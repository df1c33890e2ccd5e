import { sameOriginPath } from "@aiml/auth/same-origin-path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

// Every redirect the app makes to a place the request named (`next` on /sign-in and /sign-up)
// goes through sameOriginPath. A browser reads the Location header by WHATWG URL rules: these
// tests read the answer the same way and check it stays on the app's origin.

const APP = "https://jobs.example";
const FALLBACK = "/scenarios";
const follow = (target: string) => sameOriginPath(target, FALLBACK);

/** Where a browser on the app goes with this Location header. */
const destination = (location: string) => new URL(location, `${APP}/sign-in`);

describe("redirect targets", () => {
  it.each([
    ["a tab between the slashes", "/\t/evil.example"],
    ["a newline between the slashes", "/\n/evil.example"],
    ["a carriage return and a space", "/\r/evil.example"],
    ["two slashes", "//evil.example"],
    ["a backslash", "/\\evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["a dot segment before two slashes", "/.//evil.example"],
    ["dot-dot segments", "/a/../..//evil.example"],
    ["an absolute URL", "https://evil.example/"],
    ["a scheme-relative URL with a tab", "\t//evil.example"],
    ["credentials", "https://jobs.example@evil.example/"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a data: URL", "data:text/html,<script>alert(1)</script>"],
    ["leading spaces", "  //evil.example"],
  ])("%s goes to the default page", (_, target) => {
    expect(follow(target)).toBe(FALLBACK);
  });

  it("keeps paths of the app with their query and fragment", () => {
    expect(follow("/scenarios/abc?x=1#top")).toBe("/scenarios/abc?x=1#top");
    expect(follow("/admin")).toBe("/admin");
  });

  it("makes control characters safe to send in a header instead of failing", () => {
    for (const target of ["/a\u0000b", "/a\u0001b", "/\u007f", "/a\u0085b", "/\ud800"]) {
      const path = follow(target);
      expect(path).toMatch(/^\/[\x21-\x7e]*$/);
      expect(() => new Headers({ location: path })).not.toThrow();
    }
  });

  it("never leaves the app's origin, whatever the target (property)", () => {
    const pieces = fc.constantFrom(
      "/",
      "\\",
      "\t",
      "\n",
      "\r",
      " ",
      ".",
      "..",
      ":",
      "@",
      "%2F",
      "%09",
      "%5C",
      "evil.example",
      "https:",
      "javascript:",
      "\u0000",
      "\u3002",
      "?",
      "#",
    );
    const target = fc.oneof(
      fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join("")),
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.webUrl(),
    );
    fc.assert(
      fc.property(target, (t) => {
        const path = follow(t);
        expect(path.startsWith("/")).toBe(true);
        expect(destination(path).origin).toBe(APP);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});
