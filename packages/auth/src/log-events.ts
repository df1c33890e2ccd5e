import { createHmac } from "node:crypto";
import { type Logger, saneRequestId } from "@aiml/logger";
import { clientIp } from "./client-ip";

/**
 * Email addresses appear in logs only as a keyed hash: the same address gives the same hash,
 * so a run of failures against one account stands out, but without the auth secret no one can
 * test guessed addresses against a log. A plain SHA-256 of an email can be reversed by trying
 * likely addresses, and the address itself is personal data logs should not collect.
 */
export function emailHasher(secret: string): (email: string) => string {
  const key = createHmac("sha256", secret).update("aiml:log-email-hash").digest();
  return (email) =>
    createHmac("sha256", key).update(email.trim().toLowerCase()).digest("hex").slice(0, 16);
}

type Outcome = "success" | "failure" | "locked";

export interface AuthEvent {
  headers: Headers | undefined;
  email: string | null;
  outcome: Outcome;
  userId?: string;
  /** Better Auth's error code for a failure, e.g. INVALID_EMAIL_OR_PASSWORD. */
  code?: string;
  retryAfterSeconds?: number;
}

/** Sign-in and sign-up events as JSON lines: never the password, the cookie or the address. */
export function authEventLog(log: Logger, secret: string) {
  const hashEmail = emailHasher(secret);
  const write = (event: "auth.sign_in" | "auth.sign_up", e: AuthEvent) => {
    const requestId = saneRequestId(e.headers?.get("x-request-id"));
    const line = {
      event,
      outcome: e.outcome,
      ...(requestId ? { requestId } : {}),
      ...(e.userId ? { userId: e.userId } : {}),
      ...(e.email ? { emailHash: hashEmail(e.email) } : {}),
      clientIp: clientIp(e.headers),
      ...(e.code ? { code: e.code } : {}),
      ...(e.retryAfterSeconds ? { retryAfterSeconds: e.retryAfterSeconds } : {}),
    };
    if (e.outcome === "success") log.info(line, event);
    else log.warn(line, event);
  };
  return {
    signIn: (e: AuthEvent) => write("auth.sign_in", e),
    signUp: (e: AuthEvent) => write("auth.sign_up", e),
  };
}

type BetterAuthLevel = "debug" | "info" | "success" | "warn" | "error";

/** Some of Better Auth's messages name the address (a sign-up with a taken email, say). */
const redactEmails = (message: string) =>
  message.replace(/[^\s@:,;<>"']+@[^\s@:,;<>"']+/g, "[email]");

/**
 * Better Auth's own messages, as JSON lines through the same logger. Only Error arguments are
 * kept: its other arguments are whatever objects it had at hand.
 */
export function betterAuthLogger(log: Logger) {
  return {
    level: "info" as const,
    log(level: Exclude<BetterAuthLevel, "success">, message: string, ...args: unknown[]) {
      const err = args.find((a): a is Error => a instanceof Error);
      log[level]({ component: "better-auth", ...(err ? { err } : {}) }, redactEmails(message));
    },
  };
}
