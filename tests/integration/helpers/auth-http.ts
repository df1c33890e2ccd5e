import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { Session } from "@aiml/api";
import { type Auth, createAppAuth, createMailer, getSessionUser } from "@aiml/auth";
import { readOutbox } from "@aiml/auth/outbox";
import { type AuthDatabase, createAuthPrismaClient } from "@aiml/db";
import type { TestDatabase } from "@aiml/db/testing";
import { logger } from "@aiml/logger";
import { authRoute, verifyEmailRoute } from "@aiml/web/serving/routes";
import { linkIn, type SmtpInbox } from "../../mail/smtp-inbox";

export const PASSWORD = "correct horse battery";

/** A public URL as the production app has: https, so its cookies are Secure. */
export const PRODUCTION_URL = "https://aiml.example";

/** A mail as a test reads it. */
export interface TestMail {
  to: string[];
  subject: string;
  text: string;
}

export interface TestAuth {
  auth: Auth;
  /** Answers a request as the app's /api/auth route does (guards, then Better Auth). */
  handle(request: Request): Promise<Response>;
  /** Answers a request as the app's /api/verify-email route does (the mailed link's button). */
  handleVerifyEmail(request: Request): Promise<Response>;
  /** The oldest mail to this address matching `subject` that no call took before. */
  takeMail(address: string, subject: RegExp): Promise<TestMail>;
  baseURL: string;
  authDb: AuthDatabase;
  /** Resolves a session from request headers as the app's tRPC context does. */
  getSession(headers: Headers): Promise<Session | null>;
  close(): Promise<void>;
}

/**
 * Better Auth on a test database, built by the app's own factory (`createAppAuth`) from an
 * environment like the one the app gets, so it runs the production limits and cookie settings.
 */
export function createTestAuth(
  t: TestDatabase,
  {
    baseURL = "http://localhost:3999",
    secret = randomBytes(32).toString("hex"),
    env = {},
    inbox,
  }: {
    baseURL?: string;
    secret?: string;
    /** More settings. */
    env?: Record<string, string>;
    /** The test's own SMTP server, for the mails; a temporary outbox folder otherwise. */
    inbox?: SmtpInbox;
  } = {},
): TestAuth {
  const authDb = createAuthPrismaClient(t.url);
  const source = {
    BETTER_AUTH_SECRET: secret,
    BETTER_AUTH_URL: baseURL,
    NODE_ENV: process.env.NODE_ENV,
    ...(inbox ? { SMTP_URL: inbox.url } : {}),
    ...env,
  };
  // Without a test SMTP server, mails are kept as files in an outbox folder of its own.
  const smtp = inbox !== undefined || env.SMTP_URL !== undefined;
  const outboxDir = smtp ? null : fs.mkdtempSync(path.join(os.tmpdir(), "aiml-test-outbox-"));
  const mailer = outboxDir
    ? createMailer(
        { kind: "outbox", dir: outboxDir, from: "test@example.test" },
        logger.child({}, { level: "silent" }),
      )
    : undefined;
  const auth = createAppAuth(authDb, source, { mailer });
  const taken = new Set<string>();
  return {
    auth,
    handle: authRoute(auth.handler, () => [baseURL]),
    handleVerifyEmail: verifyEmailRoute(
      () => auth,
      () => [baseURL],
    ),
    takeMail: inbox
      ? (address, subject) => inbox.takeMail(address, subject)
      : outboxDir
        ? (address, subject) => takeOutboxMail(outboxDir, taken, address, subject)
        : () =>
            Promise.reject(
              new Error("Give createTestAuth the SMTP server as `inbox` to read its mails"),
            ),
    baseURL,
    authDb,
    async getSession(headers) {
      const found = await getSessionUser(auth, headers);
      if (!found) return null;
      const { sessionId, ...user } = found;
      return { user, sessionId };
    },
    async close() {
      await authDb.$disconnect();
      if (outboxDir) fs.rmSync(outboxDir, { recursive: true, force: true });
    },
  };
}

async function takeOutboxMail(
  dir: string,
  taken: Set<string>,
  address: string,
  subject: RegExp,
): Promise<TestMail> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const mails = (await readOutbox(dir, { limit: Number.POSITIVE_INFINITY })).reverse();
    const mail = mails.find(
      (m) => !taken.has(m.file) && m.to.includes(address.toLowerCase()) && subject.test(m.subject),
    );
    if (mail) {
      taken.add(mail.file);
      return mail;
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${address} matching ${subject}`);
    await sleep(50);
  }
}

let ipCounter = 0;
/** A client address no other request in this file has used (the throttle counts per address). */
export const freshIp = () => {
  ipCounter += 1;
  return `10.0.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
};

export const uniqueEmail = () => `user-${randomBytes(5).toString("hex")}@example.test`;

/** A POST to the app's auth route, from the app's own origin unless `headers` say otherwise. */
export function authPost(
  a: Pick<TestAuth, "handle" | "baseURL">,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return a.handle(
    new Request(`${a.baseURL}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: a.baseURL, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

/** The `name=value` of the session cookie a response sets, or null when it sets none. */
export function sessionCookie(response: Response): string | null {
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => /(^|_|-|\.)session_token=./.test(c));
  return cookie ?? null;
}

/** The session token stored in the database for a cookie (the value before its signature). */
export function tokenOf(cookie: string): string {
  const value = decodeURIComponent(cookie.slice(cookie.indexOf("=") + 1));
  return value.split(".")[0] ?? "";
}

export interface SignedUp {
  email: string;
  userId: string;
  cookie: string;
}

/**
 * A sign-up as a person makes it: the form, then the confirmation mail's link, whose button
 * confirms the address and signs in (the cookie returned).
 */
export async function signUp(a: TestAuth, email = uniqueEmail()): Promise<SignedUp> {
  const response = await authPost(
    a,
    "/sign-up/email",
    { email, password: PASSWORD, name: "Test" },
    { "x-forwarded-for": freshIp() },
  );
  if (response.status !== 200) {
    throw new Error(`Sign-up failed with ${response.status}: ${await response.text()}`);
  }
  const confirmed = await confirmEmail(a, await a.takeMail(email, /confirm your email/i));
  const cookie = sessionCookie(confirmed);
  if (confirmed.status !== 303 || !cookie) {
    throw new Error(`The confirmation link answered ${confirmed.status} without a session`);
  }
  const user = await a.authDb.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return { email, userId: user.id, cookie };
}

/** Follows a confirmation mail's link and presses its button (a form POST to the app). */
export function confirmEmail(
  a: Pick<TestAuth, "handleVerifyEmail" | "baseURL">,
  mail: TestMail,
  headers: Record<string, string> = {},
): Promise<Response> {
  const link = linkIn(mail, `${a.baseURL}/verify-email?token=`);
  const form = new URLSearchParams({ token: link.searchParams.get("token") ?? "" });
  const next = link.searchParams.get("next");
  if (next) form.set("next", next);
  return a.handleVerifyEmail(
    new Request(`${a.baseURL}/api/verify-email`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: a.baseURL,
        "x-forwarded-for": freshIp(),
        ...headers,
      },
      body: form,
    }),
  );
}

export async function signIn(a: TestAuth, email: string, password = PASSWORD): Promise<Response> {
  return authPost(a, "/sign-in/email", { email, password }, { "x-forwarded-for": freshIp() });
}
