import type { AuthDatabase } from "@aiml/db";
import { type Logger, logger } from "@aiml/logger";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { accountRules } from "./account-rules";
import { processEnv } from "./env";
import { authEventLog, betterAuthLogger } from "./log-events";
import { type Mailer, mailerFromEnv } from "./mail";
import { accountFeatures } from "./plugins";
import { signUpAnswerUser } from "./plugins/uniform-sign-up-answer";
import { reserveSignInAttempt, settleSignInAttempt, throttleKeys } from "./sign-in-throttle";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export interface AuthOptions {
  /** A client that can read password hashes (createAuthPrismaClient). */
  db: AuthDatabase;
  secret: string;
  baseURL: string;
  /** Extra origins allowed to POST (e.g. 127.0.0.1 beside localhost). */
  trustedOrigins?: string[];
  production: boolean;
  /** The process's logger unless given (tests pass one that captures). */
  log?: Logger;
  /** Sends the account mails (reset, verification); from the environment unless given. */
  mailer?: Mailer;
}

const SIGN_IN = "/sign-in/email";
const SIGN_UP = "/sign-up/email";

/** Better Auth's code for a refused call, e.g. INVALID_EMAIL_OR_PASSWORD. */
function errorCode(error: APIError): string {
  const code = (error.body as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : String(error.status);
}

/**
 * Longer than any auth endpoint's path. Better Auth keys its rate-limit rows by client and path,
 * and a key of kilobytes does not fit the table's index: such a request must not be counted
 * (it is answered 404, as it names no endpoint).
 */
const MAX_COUNTED_PATH_LENGTH = 256;

const pathLength = (request: Request) => new URL(request.url).pathname.length;

function emailOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" && email.trim() !== "" ? email : null;
}

export function createAuth({
  db,
  secret,
  baseURL,
  trustedOrigins = [],
  production,
  log = logger,
  mailer = mailerFromEnv(processEnv(), { deployed: production, baseURL, log }),
}: AuthOptions) {
  const events = authEventLog(log, secret);
  const account = accountFeatures({ mailer, log, appURL: baseURL });
  return betterAuth({
    appName: "AI/ML Job Market",
    secret,
    baseURL,
    trustedOrigins,
    database: prismaAdapter(db, { provider: "postgresql" }),
    telemetry: { enabled: false },
    logger: betterAuthLogger(log),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      // Verification first, then the mailed link signs in (see accountMailOptions).
      ...account.password,
    },
    emailVerification: account.emailVerification,
    user: {
      additionalFields: {
        // Never settable by the user: promotion goes through the admin command or admin page.
        role: { type: "string", required: false, defaultValue: "user", input: false },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
    },
    advanced: {
      useSecureCookies: production,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: production },
    },
    // Better Auth's own per-client limits, in the database so that every instance shares them.
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        [SIGN_IN]: false,
        [SIGN_UP]: { window: 60, max: 10 },
        "/**": (request, rule) => (pathLength(request) > MAX_COUNTED_PATH_LENGTH ? false : rule),
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN) return;
        const email = emailOf(ctx.body);
        // Reserved before the password is checked, refunded in `after` unless it was wrong.
        const wait = await reserveSignInAttempt(db, throttleKeys(ctx.headers, email));
        if (wait > 0) {
          events.signIn({
            headers: ctx.headers,
            email,
            outcome: "locked",
            retryAfterSeconds: wait,
          });
          const minutes = Math.ceil(wait / 60);
          throw new APIError(
            "TOO_MANY_REQUESTS",
            {
              code: "TOO_MANY_FAILED_SIGN_INS",
              message: `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
              retryAfterSeconds: wait,
            },
            { "Retry-After": String(wait) },
          );
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN && ctx.path !== SIGN_UP) return;
        const email = emailOf(ctx.body);
        const returned = ctx.context.returned;
        const event = {
          headers: ctx.headers,
          email,
          ...(returned instanceof APIError
            ? { outcome: "failure" as const, code: errorCode(returned) }
            : { outcome: "success" as const, userId: ctx.context.newSession?.user.id }),
        };
        if (ctx.path === SIGN_UP) {
          // The answer is the same for a taken email (a made-up user): the log tells them apart.
          const id = signUpAnswerUser(returned)?.id;
          const created = id ? await ctx.context.internalAdapter.findUserById(id) : null;
          events.signUp(
            returned instanceof APIError || created
              ? { ...event, userId: created?.id }
              : { ...event, outcome: "failure", code: "EMAIL_TAKEN" },
          );
          return;
        }
        events.signIn(event);
        await settleSignInAttempt(
          db,
          throttleKeys(ctx.headers, email),
          returned instanceof APIError ? errorCode(returned) : "OK",
        );
      }),
    },
    plugins: [accountRules(), ...account.plugins, nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
