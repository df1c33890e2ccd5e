import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { appRouter, createTRPCContext, type Session } from "@aiml/api";
import { type Auth, createAuth, createMailer, emailHasher } from "@aiml/auth";
import { readOutbox } from "@aiml/auth/outbox";
import { type AuthDatabase, createAuthPrismaClient } from "@aiml/db";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { REDACTED, readLogLevel } from "@aiml/logger";
import { captureLogs } from "@aiml/logger/testing";
import { verifyEmailRoute } from "@aiml/web/serving/routes";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkIn } from "../mail/smtp-inbox";
import { metadata } from "./helpers/admin-fixtures";
import { enableTwoFactor } from "./helpers/two-factor";

const baseURL = "http://localhost:3998";
const secret = randomBytes(32).toString("hex");
const email = `Logged-${randomBytes(4).toString("hex")}@Example.test`;
const password = "the right password 1";
const wrongPassword = "a wrong password 22";
const bearer = `Bearer ${randomBytes(16).toString("hex")}`;

let t: TestDatabase;
let authDb: AuthDatabase;
let auth: Auth;
const logs = captureLogs();
const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), "aiml-logging-outbox-"));
/** Every secret the calls below send: none may appear in any log line. */
const secrets: string[] = [password, wrongPassword, secret, bearer, email, email.toLowerCase()];

beforeAll(async () => {
  t = await createTestDatabase();
  authDb = createAuthPrismaClient(t.url);
  const mailer = createMailer({ kind: "outbox", dir: outboxDir, from: "t@example.test" }, logs.log);
  auth = createAuth({ db: authDb, secret, baseURL, production: false, log: logs.log, mailer });
});
afterAll(async () => {
  await authDb?.$disconnect();
  await t?.drop();
  fs.rmSync(outboxDir, { recursive: true, force: true });
});

/** Confirms the address with the link of its confirmation mail (the token is a secret too). */
async function confirm(address: string) {
  const mail = (await readOutbox(outboxDir)).find(
    (m) => m.to.includes(address.toLowerCase()) && /confirm your email/i.test(m.subject),
  );
  if (!mail) throw new Error(`no mail to ${address}`);
  const token = linkIn(mail, `${baseURL}/verify-email?token=`).searchParams.get("token") ?? "";
  secrets.push(token);
  const confirmed = await verifyEmailRoute(
    () => auth,
    () => [baseURL],
  )(
    new Request(`${baseURL}/api/verify-email`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: baseURL },
      body: new URLSearchParams({ token }),
    }),
  );
  sessionCookie(confirmed);
}

function postAuth(path: string, body: unknown, requestId: string) {
  return auth.handler(
    new Request(`${baseURL}/api/auth${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: baseURL,
        "x-forwarded-for": "203.0.113.77",
        "x-request-id": requestId,
      },
      body: JSON.stringify(body),
    }),
  );
}

/** The session cookie of a response, as a browser would send it back (and its secret value). */
function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.includes("session_token"));
  if (!cookie) throw new Error("no session cookie");
  const pair = cookie.split(";", 1)[0] ?? "";
  secrets.push(pair, decodeURIComponent(pair.split("=")[1] ?? ""));
  return pair;
}

async function getSession(headers: Headers): Promise<Session | null> {
  const result = await auth.api.getSession({ headers });
  if (!result) return null;
  const role = (result.user as { role?: string }).role === "admin" ? "admin" : "user";
  return { user: { id: result.user.id, email: result.user.email, role } };
}

/** A tRPC call as the app's route handler makes it, with a cookie and an Authorization header. */
function trpc(path: string, init: { cookie?: string; body?: unknown; requestId: string }) {
  const headers = new Headers({
    authorization: bearer,
    "x-request-id": init.requestId,
    ...(init.cookie ? { cookie: init.cookie } : {}),
    ...(init.body ? { "content-type": "application/json" } : {}),
  });
  const req = new Request(`${baseURL}/api/trpc/${path}`, {
    method: init.body ? "POST" : "GET",
    headers,
    ...(init.body ? { body: JSON.stringify({ json: init.body }) } : {}),
  });
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    createContext: () => createTRPCContext({ headers, db: t.db, getSession, log: logs.log }),
  });
}

describe("structured logs", () => {
  let userId: string;
  let datasetId: string;

  beforeAll(async () => {
    const signUp = await postAuth("/sign-up/email", { email, password, name: "Logged" }, "req-up");
    expect(signUp.status).toBe(200);
    // Again with the same email: Better Auth's own message about it names the address.
    const taken = await postAuth("/sign-up/email", { email, password, name: "Again" }, "req-up2");
    expect(taken.status).toBe(200);
    await confirm(email);
    const failed = await postAuth("/sign-in/email", { email, password: wrongPassword }, "req-bad");
    expect(failed.status).toBe(401);
    const signIn = await postAuth("/sign-in/email", { email, password }, "req-in");
    expect(signIn.status).toBe(200);
    const cookie = sessionCookie(signIn);
    userId = (await signIn.json()).user.id;

    expect((await trpc("admin.datasets.list", { requestId: "req-anon" })).status).toBe(401);
    expect((await trpc("admin.datasets.list", { cookie, requestId: "req-user" })).status).toBe(403);
    await t.db.user.update({ where: { id: userId }, data: { role: "admin" } });
    // Admins need two-factor authentication; turning it on replaces the session.
    const adminCookie = (
      await enableTwoFactor({ handle: (r) => auth.handler(r), baseURL }, cookie, password)
    ).cookie;
    secrets.push(adminCookie, decodeURIComponent(adminCookie.split("=")[1] ?? ""));
    const created = await trpc("admin.datasets.create", {
      cookie: adminCookie,
      requestId: "req-write",
      body: { metadata: metadata({ slug: "logged-dataset" }) },
    });
    expect(created.status).toBe(200);
    datasetId = (await created.json()).result.data.json.id;
  });

  it("writes one valid JSON object per line, with a level, a time and a message", () => {
    expect(logs.raw.length).toBeGreaterThan(0);
    for (const chunk of logs.raw) {
      expect(chunk.endsWith("\n")).toBe(true);
      expect(chunk.slice(0, -1)).not.toContain("\n");
      const line = JSON.parse(chunk);
      expect(typeof line.level).toBe("string");
      expect(Number.isNaN(Date.parse(line.time))).toBe(false);
      expect(typeof line.msg).toBe("string");
    }
  });

  it("logs sign-ups and sign-ins, failed ones too, with a keyed hash of the email", () => {
    const emailHash = emailHasher(secret)(email);
    expect(logs.events("auth.sign_up")).toEqual([
      expect.objectContaining({ outcome: "success", userId, emailHash, requestId: "req-up" }),
      // The same email again: answered as a new one, logged as what it was.
      expect.objectContaining({
        level: "warn",
        outcome: "failure",
        code: "EMAIL_TAKEN",
        emailHash,
        requestId: "req-up2",
      }),
    ]);
    expect(logs.events("auth.sign_in")).toEqual([
      expect.objectContaining({
        level: "warn",
        outcome: "failure",
        code: "INVALID_EMAIL_OR_PASSWORD",
        emailHash,
        clientIp: "203.0.113.77",
        requestId: "req-bad",
      }),
      expect.objectContaining({ level: "info", outcome: "success", userId, requestId: "req-in" }),
    ]);
    // Another secret gives another hash: a log reader cannot test guessed addresses.
    expect(emailHasher(randomBytes(32).toString("hex"))(email)).not.toBe(emailHash);
  });

  it("logs calls refused with 401 and 403, with the procedure and the caller", () => {
    expect(logs.events("authz.denied")).toEqual([
      expect.objectContaining({
        procedure: "admin.datasets.list",
        code: "UNAUTHORIZED",
        userId: null,
        requestId: "req-anon",
      }),
      expect.objectContaining({
        procedure: "admin.datasets.list",
        code: "FORBIDDEN",
        userId,
        requestId: "req-user",
      }),
    ]);
  });

  it("logs admin writes with the procedure, the actor and the dataset", () => {
    expect(logs.events("admin.write")).toEqual([
      expect.objectContaining({
        procedure: "admin.datasets.create",
        actorId: userId,
        datasetId,
        outcome: "ok",
        requestId: "req-write",
      }),
    ]);
  });

  it("never logs a password, a cookie, a token, an Authorization header or an email", () => {
    const text = logs.raw.join("");
    for (const value of secrets) expect(text).not.toContain(value);
    expect(text).not.toMatch(/session_token|"authorization"|"cookie"/i);
  });

  it("locks out after repeated failures and logs the refusal", async () => {
    const victim = `locked-${randomBytes(4).toString("hex")}@example.test`;
    secrets.push(victim);
    await postAuth("/sign-up/email", { email: victim, password, name: "Victim" }, "req-v");
    for (let i = 0; i < 5; i++) {
      await postAuth("/sign-in/email", { email: victim, password: wrongPassword }, `req-f${i}`);
    }
    const locked = await postAuth("/sign-in/email", { email: victim, password }, "req-locked");
    expect(locked.status).toBe(429);
    expect(logs.events("auth.sign_in").at(-1)).toEqual(
      expect.objectContaining({
        level: "warn",
        outcome: "locked",
        emailHash: emailHasher(secret)(victim),
        requestId: "req-locked",
      }),
    );
    expect(logs.raw.join("")).not.toContain(victim);
  });
});

describe("the logger", () => {
  it("redacts secrets passed to it by mistake, at the top level and one object down", () => {
    const { log, raw } = captureLogs();
    log.info(
      {
        password: "p-secret",
        token: "t-secret",
        headers: { cookie: "c-secret", authorization: "a-secret", "set-cookie": "s-secret" },
        body: { newPassword: "n-secret", email: "kept@example.test" },
      },
      "oops",
    );
    const text = raw.join("");
    for (const value of ["p-secret", "t-secret", "c-secret", "a-secret", "s-secret", "n-secret"]) {
      expect(text).not.toContain(value);
    }
    expect(JSON.parse(text).headers.cookie).toBe(REDACTED);
    expect(text).toContain("kept@example.test");
  });

  it("reads LOG_LEVEL, is silent in tests by default and names a bad value", () => {
    expect(readLogLevel({ NODE_ENV: "production" })).toBe("info");
    expect(readLogLevel({ NODE_ENV: "test" })).toBe("silent");
    expect(readLogLevel({ NODE_ENV: "test", LOG_LEVEL: "debug" })).toBe("debug");
    expect(() => readLogLevel({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL must be one of/);
  });
});
