import "../helpers/production-mode";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  authPost,
  createTestAuth,
  freshIp,
  PASSWORD,
  PRODUCTION_URL,
  signUp,
  type TestAuth,
} from "../helpers/auth-http";

// The lockout counts password checks, not requests: concurrent guesses cannot get more than the
// limit between them, and requests refused before any password check cost nothing.

let t: TestDatabase;
let a: TestAuth;
let otherInstance: TestAuth;

beforeAll(async () => {
  t = await createTestDatabase();
  a = createTestAuth(t, { baseURL: PRODUCTION_URL });
  // A second app instance on the same database (its own Better Auth and connection pool).
  otherInstance = createTestAuth(t, { baseURL: PRODUCTION_URL });
});
afterAll(async () => {
  await a?.close();
  await otherInstance?.close();
  await t?.drop();
});

const WRONG = "not the password!";

const attempt = (email: string, password: string, instance = a, headers = {}) =>
  authPost(
    instance,
    "/sign-in/email",
    { email, password },
    { "x-forwarded-for": freshIp(), ...headers },
  );

describe("concurrent sign-in attempts for one account", () => {
  it("60 at once over two instances get 5 password checks, the rest 429 with Retry-After", async () => {
    const { email } = await signUp(a);
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => attempt(email, WRONG, i % 2 ? a : otherInstance)),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(55);
    for (const answer of answers.filter((r) => r.status === 429)) {
      expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    // The right password now waits too.
    expect((await attempt(email, PASSWORD)).status).toBe(429);
  });

  it("the right password sent among 15 wrong ones is refused once 5 have been checked", async () => {
    const { email } = await signUp(a);
    const wrong = await Promise.all(Array.from({ length: 15 }, () => attempt(email, WRONG)));
    expect(wrong.filter((r) => r.status === 401)).toHaveLength(5);
    expect((await attempt(email, PASSWORD, otherInstance)).status).toBe(429);
  });

  it("one client's concurrent guesses over many accounts get 20 password checks", async () => {
    const ip = freshIp();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        attempt(`nobody-${i}-${ip}@example.test`, WRONG, a, { "x-forwarded-for": ip }),
      ),
    );
    expect(answers.filter((r) => r.status === 401)).toHaveLength(20);
    expect(answers.filter((r) => r.status === 429)).toHaveLength(20);
  });
});

describe("attempts refused before the password is checked", () => {
  it("cross-site posts are refused with 403 and do not lock the account or the client", async () => {
    const { email } = await signUp(a);
    const ip = freshIp();
    const crossSite = { origin: "https://evil.example", "x-forwarded-for": ip };
    for (let i = 0; i < 25; i++) {
      expect((await attempt(email, WRONG, a, crossSite)).status).toBe(403);
    }
    const counters = await t.db.signInThrottle.findMany({
      where: { key: `client:${ip}` },
      select: { failures: true, lockedUntil: true },
    });
    expect(counters.every((c) => c.failures === 0 && c.lockedUntil === null)).toBe(true);
    expect((await attempt(email, PASSWORD, a, { "x-forwarded-for": ip })).status).toBe(200);
  });

  it("malformed sign-ins (an invalid email) cost no attempt", async () => {
    const { email } = await signUp(a);
    for (let i = 0; i < 8; i++) {
      const answer = await authPost(a, "/sign-in/email", { email, password: 12345 });
      expect(answer.status).toBe(400);
    }
    expect((await attempt(email, PASSWORD)).status).toBe(200);
  });

  it("after a success, the account's failures start again from zero", async () => {
    const { email } = await signUp(a);
    for (let i = 0; i < 4; i++) expect((await attempt(email, WRONG)).status).toBe(401);
    expect((await attempt(email, PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await attempt(email, WRONG)).status).toBe(401);
    expect((await attempt(email, PASSWORD)).status).toBe(200);
  });
});
