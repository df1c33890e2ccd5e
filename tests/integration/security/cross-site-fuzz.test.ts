import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { crossSiteRefusal, signOutRoute } from "@aiml/web/serving/routes";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAuth, signUp, type TestAuth } from "../helpers/auth-http";

// The cross-site check under hostile Origin and Sec-Fetch-Site values: only the app's own
// origins (or a program that sends neither header) get through, and nothing throws.

const APP = "https://jobs.example";
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const origin = fc.oneof(
  fc.constant(APP),
  fc.constantFrom(
    "null",
    "",
    `${APP}.evil.example`,
    `${APP}:443`,
    "https://JOBS.example",
    "http://jobs.example",
    `${APP}/`,
    "https://evil.example",
  ),
  fc.webUrl().map((url) => new URL(url).origin),
  fc.string({ maxLength: 30 }).filter((s) => /^[\x21-\x7e]*$/.test(s)),
);
const site = fc.constantFrom("same-origin", "same-site", "cross-site", "none", "", "CROSS-SITE");
const method = fc.constantFrom("POST", "PUT", "PATCH", "DELETE", "GET", "HEAD", "OPTIONS");

describe("crossSiteRefusal", () => {
  it("lets through only safe methods, the app's origin, or programs sending neither header", () => {
    fc.assert(
      fc.property(
        method,
        fc.option(origin, { nil: undefined }),
        fc.option(site, { nil: undefined }),
        (m, o, s) => {
          const headers = new Headers();
          if (o !== undefined) headers.set("origin", o);
          if (s !== undefined) headers.set("sec-fetch-site", s);
          const refusal = crossSiteRefusal(new Request(`${APP}/api/x`, { method: m, headers }), [
            APP,
          ]);
          const safe = ["GET", "HEAD", "OPTIONS"].includes(m);
          const allowed =
            safe ||
            (o !== undefined ? o === APP : s === undefined || s === "same-origin" || s === "none");
          expect(refusal === null).toBe(allowed);
          if (refusal) expect(refusal.status).toBe(403);
        },
      ),
      { numRuns: RUNS * 10 },
    );
  });
});

describe("the sign-out route under hostile headers", () => {
  let t: TestDatabase;
  let a: TestAuth;
  beforeAll(async () => {
    t = await createTestDatabase();
    a = createTestAuth(t, { baseURL: APP });
  });
  afterAll(async () => {
    await a?.close();
    await t?.drop();
  });

  it("never ends a session for a cross-site post and never answers 5xx", async () => {
    const account = await signUp(a);
    const signOut = signOutRoute(
      () => a.auth,
      () => [APP],
    );
    await fc.assert(
      fc.asyncProperty(
        origin.filter((o) => o !== APP),
        fc.option(site, { nil: undefined }),
        fc.string({ maxLength: 200 }),
        async (o, s, body) => {
          const headers = new Headers({ origin: o, cookie: account.cookie });
          if (s !== undefined) headers.set("sec-fetch-site", s);
          const response = await signOut(
            new Request(`${APP}/api/sign-out`, { method: "POST", headers, body }),
          );
          expect(response.status).toBe(403);
        },
      ),
      { numRuns: RUNS },
    );
    expect(await a.getSession(new Headers({ cookie: account.cookie }))).not.toBeNull();
  });
});
