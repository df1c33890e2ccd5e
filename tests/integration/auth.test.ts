import "./helpers/production-mode";
import { randomBytes } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  authPost,
  confirmEmail,
  createTestAuth,
  freshIp,
  PRODUCTION_URL,
  PASSWORD as password,
  sessionCookie,
  signUp as signUpAndConfirm,
  type TestAuth,
  uniqueEmail,
} from "./helpers/auth-http";

let t: TestDatabase;
let auth: TestAuth;
let otherInstance: TestAuth;

beforeAll(async () => {
  t = await createTestDatabase();
  // The app's own auth factory and a production environment: the limits under test are the
  // ones the app runs with, not a test-only copy.
  const options = { baseURL: PRODUCTION_URL, secret: randomBytes(32).toString("hex") };
  auth = createTestAuth(t, options);
  // A second app instance on the same database: limits must hold across both.
  otherInstance = createTestAuth(t, options);
});
afterAll(async () => {
  await auth?.close();
  await otherInstance?.close();
  await t?.drop();
});

const post = authPost;

/** The sign-up form alone: the account waits for its confirmation mail. */
async function signUpUnconfirmed(email: string, ip = freshIp()) {
  return post(auth, "/sign-up/email", { email, password, name: "Test" }, { "x-forwarded-for": ip });
}

/** A sign-up confirmed through its mail: the account can sign in. */
const signUp = (email: string) => signUpAndConfirm(auth, email);

describe("email and password accounts", () => {
  it("signs up with a hashed password; the mailed link gives an HttpOnly, SameSite, Secure session cookie", async () => {
    const email = uniqueEmail();
    const response = await signUpUnconfirmed(email);
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie()).toEqual([]);
    const confirmed = await confirmEmail(auth, await auth.takeMail(email, /confirm your email/i));
    expect(confirmed.status).toBe(303);
    const cookie = confirmed.headers.getSetCookie().find((c) => /session_token=/.test(c)) ?? "";
    expect(cookie).toMatch(/^__Secure-[\w.-]*session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Secure/i);
    const account = await t.db.account.findFirst({
      where: { user: { email } },
      omit: { password: false },
    });
    expect(account?.password).toBeTruthy();
    expect(account?.password).not.toContain(password);
  });

  it("rejects short passwords with a clear message; no sign-up gets a session", async () => {
    const short = await post(auth, "/sign-up/email", {
      email: uniqueEmail(),
      password: "short",
      name: "x",
    });
    expect(short.status).toBe(400);
    expect((await short.json()).message).toMatch(/password/i);

    const email = uniqueEmail();
    await signUp(email);
    // Answered as a new sign-up is (see sign-up-enumeration.test.ts): without a session.
    const again = await signUpUnconfirmed(email);
    expect(again.status).toBe(200);
    expect(sessionCookie(again)).toBeNull();
  });

  it("never lets a sign-up choose its role", async () => {
    const email = uniqueEmail();
    await post(
      auth,
      "/sign-up/email",
      { email, password, name: "x", role: "admin" },
      { "x-forwarded-for": freshIp() },
    );
    const user = await t.db.user.findUnique({ where: { email } });
    expect(user?.role ?? "user").toBe("user");
  });
});

describe("failed sign-in throttling", () => {
  it("locks an account after 5 failures, across app instances, with a retry time", async () => {
    const email = uniqueEmail();
    await signUp(email);
    for (let i = 0; i < 5; i++) {
      const instance = i % 2 === 0 ? auth : otherInstance;
      const failed = await post(
        instance,
        "/sign-in/email",
        { email, password: "wrong password!" },
        { "x-forwarded-for": freshIp() },
      );
      expect(failed.status).toBe(401);
    }
    // Even the right password, from a new address, waits until the lock ends.
    const locked = await post(
      otherInstance,
      "/sign-in/email",
      { email, password },
      { "x-forwarded-for": freshIp() },
    );
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(800);
    expect((await locked.json()).message).toMatch(/Try again in 15 minutes/);

    const other = uniqueEmail();
    await signUp(other);
    const unaffected = await post(
      auth,
      "/sign-in/email",
      { email: other, password },
      { "x-forwarded-for": freshIp() },
    );
    expect(unaffected.status).toBe(200);
  });

  it("locks a client after 20 failures across accounts", async () => {
    const ip = freshIp();
    for (let i = 0; i < 20; i++) {
      const failed = await post(
        auth,
        "/sign-in/email",
        { email: uniqueEmail(), password: "wrong password!" },
        { "x-forwarded-for": ip },
      );
      expect(failed.status).toBe(401);
    }
    const email = uniqueEmail();
    await signUp(email);
    const blocked = await post(
      otherInstance,
      "/sign-in/email",
      { email, password },
      { "x-forwarded-for": ip },
    );
    expect(blocked.status).toBe(429);
    const elsewhere = await post(
      auth,
      "/sign-in/email",
      { email, password },
      { "x-forwarded-for": freshIp() },
    );
    expect(elsewhere.status).toBe(200);
  });

  it("clears an account's failures after a successful sign-in", async () => {
    const email = uniqueEmail();
    await signUp(email);
    for (let i = 0; i < 4; i++) {
      await post(
        auth,
        "/sign-in/email",
        { email, password: "wrong password!" },
        { "x-forwarded-for": freshIp() },
      );
    }
    expect(
      (await post(auth, "/sign-in/email", { email, password }, { "x-forwarded-for": freshIp() }))
        .status,
    ).toBe(200);
    for (let i = 0; i < 4; i++) {
      await post(
        auth,
        "/sign-in/email",
        { email, password: "wrong password!" },
        { "x-forwarded-for": freshIp() },
      );
    }
    expect(
      (await post(auth, "/sign-in/email", { email, password }, { "x-forwarded-for": freshIp() }))
        .status,
    ).toBe(200);
  });
});
