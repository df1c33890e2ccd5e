import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import type { Session } from "@aiml/api";
import { type Auth, createAppAuth, createMailer, getSessionUser } from "@aiml/auth";
import { type AuthDatabase, createAuthPrismaClient } from "@aiml/db";
import type { TestDatabase } from "@aiml/db/testing";
import { logger } from "@aiml/logger";
import { authRoute } from "@aiml/web/serving/routes";

export const PASSWORD = "correct horse battery";

/** A public URL as the production app has: https, so its cookies are Secure. */
export const PRODUCTION_URL = "https://aiml.example";

const testOutboxDir = path.join(os.tmpdir(), "aiml-test-outbox");

export interface TestAuth {
  auth: Auth;
  /** Answers a request as the app's /api/auth route does (guards, then Better Auth). */
  handle(request: Request): Promise<Response>;
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
  }: {
    baseURL?: string;
    secret?: string;
    /** More settings, e.g. SMTP_URL for a test's own SMTP server. */
    env?: Record<string, string>;
  } = {},
): TestAuth {
  const authDb = createAuthPrismaClient(t.url);
  const source = {
    BETTER_AUTH_SECRET: secret,
    BETTER_AUTH_URL: baseURL,
    NODE_ENV: process.env.NODE_ENV,
    ...env,
  };
  // Without a test SMTP server, mails are kept as files in a temporary outbox.
  const mailer = env.SMTP_URL
    ? undefined
    : createMailer(
        { kind: "outbox", dir: testOutboxDir, from: "test@example.test" },
        logger.child({}, { level: "silent" }),
      );
  const auth = createAppAuth(authDb, source, { mailer });
  return {
    auth,
    handle: authRoute(auth.handler, () => [baseURL]),
    baseURL,
    authDb,
    async getSession(headers) {
      const found = await getSessionUser(auth, headers);
      if (!found) return null;
      const { sessionId, ...user } = found;
      return { user, sessionId };
    },
    close: () => authDb.$disconnect(),
  };
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

export async function signUp(a: TestAuth, email = uniqueEmail()): Promise<SignedUp> {
  const response = await authPost(
    a,
    "/sign-up/email",
    { email, password: PASSWORD, name: "Test" },
    { "x-forwarded-for": freshIp() },
  );
  const cookie = sessionCookie(response);
  if (response.status !== 200 || !cookie) {
    throw new Error(`Sign-up failed with ${response.status}: ${await response.text()}`);
  }
  const user = await a.authDb.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return { email, userId: user.id, cookie };
}

export async function signIn(a: TestAuth, email: string, password = PASSWORD): Promise<Response> {
  return authPost(a, "/sign-in/email", { email, password }, { "x-forwarded-for": freshIp() });
}
