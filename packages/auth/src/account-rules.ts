import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { passwordProblem } from "./password-policy";

/** The longest text each stored account field may hold. */
export const ACCOUNT_FIELD_LIMITS = {
  name: 100,
  email: 254,
  image: 2048,
} as const;

/** Better Auth stores the browser's User-Agent with each session: kept to this length. */
const USER_AGENT_MAX = 512;

/** Where a new password arrives, by endpoint. */
const NEW_PASSWORD_FIELDS: Record<string, string> = {
  "/sign-up/email": "password",
  "/change-password": "newPassword",
  "/reset-password": "newPassword",
  "/set-password": "newPassword",
};

/** Where account fields arrive, by endpoint ("newEmail" is the email an address changes to). */
const FIELD_SOURCES: Record<string, Partial<Record<string, keyof typeof ACCOUNT_FIELD_LIMITS>>> = {
  "/sign-up/email": { name: "name", email: "email", image: "image" },
  "/update-user": { name: "name", image: "image" },
  "/change-email": { newEmail: "email" },
};

const refuse = (code: string, message: string) => new APIError("BAD_REQUEST", { code, message });

function checkFieldLengths(values: Record<string, unknown>) {
  for (const [field, max] of Object.entries(ACCOUNT_FIELD_LIMITS)) {
    const value = values[field];
    if (typeof value === "string" && value.length > max) {
      throw refuse(
        `${field.toUpperCase()}_TOO_LONG`,
        `The ${field} can be at most ${max} characters.`,
      );
    }
  }
}

const bodyOf = (body: unknown): Record<string, unknown> =>
  body !== null && typeof body === "object" ? (body as Record<string, unknown>) : {};

/**
 * The app's rules for accounts, on every endpoint Better Auth (or a plugin) adds:
 * - new passwords: not blank, not one of the common ones (password-policy.ts);
 * - stored text has a maximum length, checked on the request and again on every write to the
 *   user and session tables (so an endpoint added later is covered too);
 * - a password change ends the account's other sessions, whatever the client asked.
 */
export function accountRules(): BetterAuthPlugin {
  return {
    id: "aiml-account-rules",
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path !== undefined && ctx.path in NEW_PASSWORD_FIELDS,
          handler: createAuthMiddleware(async (ctx) => {
            const field = NEW_PASSWORD_FIELDS[ctx.path] ?? "";
            const password = bodyOf(ctx.body)[field];
            const problem = typeof password === "string" ? passwordProblem(password) : null;
            if (problem) throw refuse("PASSWORD_NOT_ALLOWED", problem);
          }),
        },
        {
          matcher: (ctx) => ctx.path !== undefined && ctx.path in FIELD_SOURCES,
          handler: createAuthMiddleware(async (ctx) => {
            const body = bodyOf(ctx.body);
            const sources = FIELD_SOURCES[ctx.path] ?? {};
            checkFieldLengths(
              Object.fromEntries(
                Object.entries(sources).map(([from, field]) => [field, body[from]]),
              ),
            );
          }),
        },
        {
          // A stolen session must not outlive the password change meant to end it.
          matcher: (ctx) => ctx.path === "/change-password",
          handler: createAuthMiddleware(async (ctx) => ({
            context: { body: { ...bodyOf(ctx.body), revokeOtherSessions: true } },
          })),
        },
      ],
    },
    init: () => ({
      options: {
        databaseHooks: {
          user: {
            create: {
              before: async (user) => {
                checkFieldLengths(user);
              },
            },
            update: {
              before: async (user) => {
                checkFieldLengths(user);
              },
            },
          },
          session: {
            create: {
              before: async (session) => ({
                data: { ...session, userAgent: session.userAgent?.slice(0, USER_AGENT_MAX) },
              }),
            },
          },
        },
      },
    }),
  };
}
