// Accounts over HTTP, as a browser makes them: sign-up (and its mailed link), sign-in, a second
// session.
import { randomBytes } from "node:crypto";
import * as OTPAuth from "otpauth";
import { newestMailTo } from "./outbox";

export const PASSWORD = "a long enough password";

export const uniqueEmail = (prefix: string) =>
  `${prefix}-${randomBytes(5).toString("hex")}@example.test`;

/** A made-up client address (TEST-NET-3), so that per-address limits count per test. */
export const clientAddress = () => `203.0.113.${1 + Math.floor(Math.random() * 254)}`;

export interface AuthAnswer {
  status: number;
  /** The session cookie to send back, when the call signed in. */
  cookie?: string;
  retryAfter?: string | null;
  message?: string;
  /** Behind the fault scripts' nginx: the instance that answered. */
  upstream?: string | null;
  /** The answer's JSON. */
  data?: Record<string, unknown>;
}

/** The cookies a response sets, as a Cookie header sends them back (cleared ones left out). */
function cookiesSet(response: Response): string | undefined {
  const cookies = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .filter((c) => c && !c.endsWith("="));
  return cookies.length > 0 ? cookies.join("; ") : undefined;
}

async function post(
  base: string,
  path: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<AuthAnswer> {
  const response = await fetch(`${base}/api/auth${path}`, {
    method: "POST",
    // Better Auth checks the Origin of state-changing requests, as a browser sends it.
    headers: { "content-type": "application/json", origin: base, ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  const cookie = cookiesSet(response);
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown> & {
    message?: string;
  };
  return {
    status: response.status,
    cookie,
    retryAfter: response.headers.get("retry-after"),
    message: data.message,
    upstream: response.headers.get("x-upstream"),
    data,
  };
}

export interface Account {
  email: string;
  cookie: string;
}

/**
 * Signs up a new account and returns its session cookie: the sign-up, then the link of the
 * confirmation mail (from the outbox the script's apps write to, see outbox.ts) and its Confirm
 * button, which signs in.
 */
export async function signUp(base: string, prefix = "user"): Promise<Account> {
  const email = uniqueEmail(prefix);
  // Sign-ups are limited per client address: each account comes from an address of its own.
  const answer = await post(
    base,
    "/sign-up/email",
    { email, password: PASSWORD, name: email },
    { "x-forwarded-for": clientAddress() },
  );
  if (answer.status !== 200) {
    throw new Error(`sign-up failed: ${answer.status} ${answer.message ?? ""}`);
  }
  const mail = await newestMailTo(email, /confirm your email/i);
  const link = mail.text.match(/https?:\/\/\S+\/verify-email\?\S+/)?.[0];
  if (!link) throw new Error(`no confirmation link in the mail to ${email}`);
  const params = new URL(link).searchParams;
  const confirmed = await fetch(`${base}/api/verify-email`, {
    method: "POST",
    headers: { origin: base, "x-forwarded-for": clientAddress() },
    body: new URLSearchParams({ token: params.get("token") ?? "", next: params.get("next") ?? "" }),
    redirect: "manual",
    signal: AbortSignal.timeout(15_000),
  });
  const cookie = cookiesSet(confirmed);
  if (confirmed.status !== 303 || !cookie) {
    throw new Error(`the confirmation link answered ${confirmed.status} without a session`);
  }
  return { email, cookie };
}

export function signIn(
  base: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<AuthAnswer> {
  return post(base, "/sign-in/email", { email, password }, headers);
}

/** A second session of the same account (as another device or browser would have). */
export async function secondSession(base: string, email: string): Promise<string> {
  const answer = await signIn(base, email, PASSWORD, { "x-forwarded-for": clientAddress() });
  if (answer.status !== 200 || !answer.cookie) throw new Error(`sign-in failed: ${answer.status}`);
  return answer.cookie;
}

/**
 * Turns on two-factor authentication for an account (admins need it before any admin call
 * answers). It replaces the session: the account returned carries the new cookie.
 */
export async function enableTwoFactor(base: string, account: Account): Promise<Account> {
  const headers = { cookie: account.cookie, "x-forwarded-for": clientAddress() };
  const enabled = await post(base, "/two-factor/enable", { password: PASSWORD }, headers);
  if (enabled.status !== 200 || !enabled.data?.totpURI) {
    throw new Error(`two-factor/enable failed: ${enabled.status} ${enabled.message ?? ""}`);
  }
  const totp = OTPAuth.URI.parse(String(enabled.data.totpURI));
  if (!(totp instanceof OTPAuth.TOTP)) throw new Error("two-factor/enable gave no TOTP URI");
  const verified = await post(base, "/two-factor/verify-totp", { code: totp.generate() }, headers);
  if (verified.status !== 200 || !verified.cookie) {
    throw new Error(`two-factor/verify-totp failed: ${verified.status} ${verified.message ?? ""}`);
  }
  return { email: account.email, cookie: verified.cookie };
}
