import { randomBytes } from "node:crypto";
import { type Auth, createAuth } from "@aiml/auth";
import { type AuthDatabase, createAuthPrismaClient } from "@aiml/db";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const baseURL = "http://localhost:3999";
let t: TestDatabase;
let auth: Auth;
let otherInstance: Auth;
let authDb: AuthDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  authDb = createAuthPrismaClient(t.url);
  const options = {
    db: authDb,
    secret: randomBytes(32).toString("hex"),
    baseURL,
    production: false,
  };
  auth = createAuth(options);
  // A second app instance on the same database: limits must hold across both.
  otherInstance = createAuth(options);
});
afterAll(async () => {
  await authDb?.$disconnect();
  await t?.drop();
});

let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}`;

function post(instance: Auth, path: string, body: unknown, headers: Record<string, string> = {}) {
  return instance.handler(
    new Request(`${baseURL}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseURL, ...headers },
      body: JSON.stringify(body),
    }),
  );
}

const uniqueEmail = () => `user-${randomBytes(4).toString("hex")}@example.test`;
const password = "correct horse battery";

async function signUp(email: string, ip = freshIp()) {
  return post(auth, "/sign-up/email", { email, password, name: "Test" }, { "x-forwarded-for": ip });
}

describe("email and password accounts", () => {
  it("signs up with a hashed password and an HttpOnly, SameSite session cookie", async () => {
    const email = uniqueEmail();
    const response = await signUp(email);
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const account = await t.db.account.findFirst({
      where: { user: { email } },
      omit: { password: false },
    });
    expect(account?.password).toBeTruthy();
    expect(account?.password).not.toContain(password);
  });

  it("rejects short passwords and duplicate emails with clear messages", async () => {
    const short = await post(auth, "/sign-up/email", {
      email: uniqueEmail(),
      password: "short",
      name: "x",
    });
    expect(short.status).toBe(400);
    expect((await short.json()).message).toMatch(/password/i);

    const email = uniqueEmail();
    await signUp(email);
    const again = await signUp(email);
    expect(again.status).toBe(422);
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

  it("signs out on the server: the session row is gone", async () => {
    const email = uniqueEmail();
    const signedUp = await signUp(email);
    const cookie = (signedUp.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const userId = (await t.db.user.findUniqueOrThrow({ where: { email } })).id;
    expect(await t.db.session.count({ where: { userId } })).toBe(1);
    const out = await post(auth, "/sign-out", {}, { cookie });
    expect(out.status).toBe(200);
    expect(await t.db.session.count({ where: { userId } })).toBe(0);
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
