import "../helpers/production-mode";
import { randomBytes } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createTestAuth,
  PASSWORD,
  PRODUCTION_URL,
  signUp,
  type TestAuth,
} from "../helpers/auth-http";
import { hostileString, hostileStrings, hostileValue, jsonOf } from "../helpers/hostile-inputs";
import { findLeak } from "../helpers/leaks";

/** Runs per property; raise it (FUZZ_RUNS=500) for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
// A long hunt needs longer than the suite's timeout.
vi.setConfig({ testTimeout: 30_000 + RUNS * 2_000 });

let t: TestDatabase;
let a: TestAuth;
let known: { email: string; cookie: string };

beforeAll(async () => {
  t = await createTestDatabase();
  a = createTestAuth(t, { baseURL: PRODUCTION_URL });
  known = await signUp(a);
  // Better Auth logs every refused request (bad password, bad origin, …): noise by the hundred.
  vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.spyOn(console, "info").mockImplementation(() => {});
});
afterAll(async () => {
  vi.restoreAllMocks();
  await a?.close();
  await t?.drop();
});

const formPaths = ["/sign-up/email", "/sign-in/email", "/sign-out"] as const;

const hostileEmail = fc.oneof(
  fc.constantFrom(
    "a@b",
    "@example.test",
    "user@",
    "user@@example.test",
    "user@example.test\u0000",
    "USER@EXAMPLE.TEST",
    " user@example.test ",
    "user+tag@example.test",
    "üser@exämple.test",
    "user@[127.0.0.1]",
    '"quoted"@example.test',
    `${"a".repeat(300)}@example.test`,
    "user@example.test\r\nBcc: victim@example.test",
  ),
  fc.emailAddress(),
  hostileString,
);

/** Sign-up and sign-in bodies: the form's fields with hostile values, and fields it never sends. */
const hostileBody = fc.record(
  {
    email: fc.oneof(
      hostileEmail,
      hostileValue,
      fc.constant(0).map(() => known.email),
    ),
    password: fc.oneof(fc.constant(PASSWORD), hostileString, hostileValue),
    name: fc.oneof(hostileString, hostileValue),
    role: fc.constantFrom("admin", ["admin"], { admin: true }),
    emailVerified: fc.constantFrom(true, "true"),
    id: hostileString,
    callbackURL: fc.constantFrom(
      "javascript:alert(1)",
      "//evil.example",
      "https://evil.example/",
      "/\\evil.example",
      "\u0000",
    ),
    rememberMe: hostileValue,
  },
  { requiredKeys: [] },
);

const rawBody = fc.oneof(
  hostileBody.map(jsonOf),
  hostileString,
  fc.constantFrom(
    "",
    "{",
    "null",
    "[]",
    '{"email":',
    '{"email": "a@example.test", "password": "correct horse battery", "name": "x", "__proto__": {"role": "admin"}}',
    '{"email": "a@example.test", "constructor": {"prototype": {"role": "admin"}}}',
    `${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}`,
  ),
);

const hostileIp = fc.oneof(
  fc.ipV4(),
  fc.ipV6(),
  fc.constantFrom(
    "",
    "unknown",
    "1.1.1.1, 2.2.2.2",
    "::1",
    "999.1.1.1",
    "\u0000",
    "a".repeat(5_000),
  ),
);

const hostileHeaders = fc.record(
  {
    "content-type": fc.constantFrom(
      "application/json",
      "application/json",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "text/plain",
    ),
    origin: fc.constantFrom(PRODUCTION_URL, PRODUCTION_URL, "https://evil.example", "null", ""),
    "x-forwarded-for": hostileIp,
    cookie: fc.oneof(
      fc.constant(""),
      fc.constantFrom(
        "__Secure-better-auth.session_token=forged.c2ln",
        "__Secure-better-auth.session_token=%00%ff",
      ),
      hostileString.map(
        (s) =>
          `__Secure-better-auth.session_token=${encodeURIComponent(s.replace(/\p{Cs}/gu, ""))}`,
      ),
      fc.constant(0).map(() => known.cookie),
    ),
  },
  { requiredKeys: ["content-type", "x-forwarded-for"] },
);

async function expectSafe(response: Response, what: string) {
  const body = await response.text();
  expect(response.status, `${what}: ${body.slice(0, 300)}`).toBeLessThan(500);
  expect(findLeak(body), what).toBeNull();
}

/** Whether HTTP can carry the header value at all (no NUL, line breaks or non-Latin-1). */
function sendable(value: string): boolean {
  try {
    new Headers({ probe: value });
    return value !== "";
  } catch {
    return false;
  }
}

function request(path: string, method: string, headers: Record<string, string>, body?: string) {
  const clean = Object.fromEntries(Object.entries(headers).filter(([, v]) => sendable(v)));
  return new Request(`${PRODUCTION_URL}/api/auth${path}`, {
    method,
    headers: clean,
    ...(method === "GET" || method === "HEAD" ? {} : { body: body ?? "" }),
  });
}

describe("Better Auth's form endpoints under hostile input", () => {
  it.each(formPaths)(
    "%s answers hostile bodies and headers with a 2xx, 3xx or 4xx",
    async (path) => {
      await fc.assert(
        fc.asyncProperty(rawBody, hostileHeaders, async (body, headers) => {
          const response = await a.handle(request(path, "POST", headers, body));
          await expectSafe(response, `POST ${path} ${body.slice(0, 100)}`);
          // However a sign-up is dressed, it never makes an admin.
          expect(await t.db.user.count({ where: { role: "admin" } })).toBe(0);
        }),
        { numRuns: RUNS * 2 },
      );
    },
  );

  it("answers other methods and unknown paths with a 4xx", async () => {
    const path = fc.oneof(
      fc.constantFrom(...formPaths),
      fc.constantFrom(
        "/",
        "/../admin",
        "/sign-in/../sign-up/email",
        "/sign-in/email/",
        "/SIGN-IN/EMAIL",
        "/%00",
        "/__proto__",
        "/get-session",
        "/list-sessions",
        "/revoke-session",
        "/update-user",
        "/change-password",
        "/delete-user",
      ),
      hostileString.map((s) => `/${encodeURIComponent(s.replace(/\p{Cs}/gu, ""))}`),
      // Long and incompressible.
      fc
        .uint8Array({ minLength: 2_000, maxLength: 6_000 })
        .map((bytes) => `/${Buffer.from(bytes).toString("hex")}`),
    );
    const method = fc.constantFrom("GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "POST");
    await fc.assert(
      fc.asyncProperty(path, method, hostileHeaders, rawBody, async (p, m, headers, body) => {
        const response = await a.handle(request(p, m, headers, body));
        await expectSafe(response, `${m} ${p.slice(0, 80)}`);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

describe("hostile sign-in fields", () => {
  it.each(hostileStrings.filter((s) => s.length > 0).map((email, i) => [email, i] as const))(
    "email %j: a 4xx, never a 5xx",
    async (email, i) => {
      const response = await a.handle(
        request(
          "/sign-in/email",
          "POST",
          {
            "content-type": "application/json",
            origin: PRODUCTION_URL,
            "x-forwarded-for": `192.0.2.${i + 1}`,
          },
          JSON.stringify({ email, password: PASSWORD }),
        ),
      );
      await expectSafe(response, `email ${JSON.stringify(email)}`);
    },
  );
});

// Requests the fuzz found answered with a 500 (or an exception): each reached Postgres with a
// key it cannot store.
describe("sign-in inputs that once reached Postgres", () => {
  const json = { "content-type": "application/json", origin: PRODUCTION_URL };

  it("a NUL character or kilobytes in the email: a 4xx", async () => {
    for (const email of [`${known.email}\u0000`, `${"a".repeat(70_000)}@example.test`]) {
      const response = await a.handle(
        request(
          "/sign-in/email",
          "POST",
          { ...json, "x-forwarded-for": "192.0.2.200" },
          JSON.stringify({ email, password: PASSWORD }),
        ),
      );
      await expectSafe(response, `email of ${email.length} characters`);
    }
  });

  it("an X-Forwarded-For that is no address counts as one unknown client, not a 500", async () => {
    const response = await a.handle(
      request(
        "/sign-in/email",
        "POST",
        { ...json, "x-forwarded-for": "a".repeat(5_000) },
        JSON.stringify({ email: known.email, password: "wrong password!" }),
      ),
    );
    expect(response.status).toBe(401);
    expect(
      await t.db.signInThrottle.findUnique({ where: { key: "client:unknown" } }),
    ).not.toBeNull();
  });

  it("a path of kilobytes under /api/auth is a 404, not an exception", async () => {
    for (const method of ["GET", "POST"]) {
      const response = await a.handle(
        request(
          // Random, so that Postgres cannot compress the key below its index's size limit.
          `/${randomBytes(4_000).toString("hex")}`,
          method,
          { ...json, "x-forwarded-for": "192.0.2.201" },
          "{}",
        ),
      );
      expect(response.status, method).toBe(404);
    }
  });
});
