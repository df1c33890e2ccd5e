import type { BetterAuthPlugin } from "better-auth";
import { createAuthMiddleware } from "better-auth/api";

const SIGN_UP = "/sign-up/email";

interface SignUpUser {
  id: string;
  name: string;
  email: string;
  image?: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The same fields, in the same order, whether the account was created or not. */
const publicUser = (user: SignUpUser) => ({
  id: user.id,
  name: user.name,
  email: user.email,
  emailVerified: false,
  image: user.image ?? null,
  createdAt: user.createdAt,
  updatedAt: user.updatedAt,
});

/** The user in a sign-up's answer (an endpoint called for a Response returns its JSON wrapped). */
export function signUpAnswerUser(returned: unknown): SignUpUser | null {
  const wrapped = returned as { _flag?: string; body?: unknown } | null;
  const body = (wrapped?._flag === "json" ? wrapped.body : returned) as {
    user?: SignUpUser;
  } | null;
  return typeof body?.user?.id === "string" ? body.user : null;
}

/**
 * With `requireEmailVerification`, Better Auth answers a sign-up with a taken email by a made-up
 * user and signs no one in (see createAuth). Its made-up user lists its fields in the schema's
 * order, a created one in the database's: this rewrites both the same way, so not even the order
 * of the answer's keys tells them apart.
 */
export function uniformSignUpAnswer(): BetterAuthPlugin {
  return {
    id: "uniform-sign-up-answer",
    hooks: {
      after: [
        {
          matcher: (ctx) => ctx.path === SIGN_UP,
          handler: createAuthMiddleware(async (ctx) => {
            const user = signUpAnswerUser(ctx.context.returned);
            if (user) return ctx.json({ token: null, user: publicUser(user) });
          }),
        },
      ],
    },
  };
}
