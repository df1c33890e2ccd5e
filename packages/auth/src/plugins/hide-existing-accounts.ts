import { randomUUID } from "node:crypto";
import type { BetterAuthPlugin } from "better-auth";
import { createAuthMiddleware } from "better-auth/api";
import { z } from "zod";

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

/** What the sign-up endpoint accepts; anything else it refuses itself, for every address. */
const signUpBody = (min: number, max: number) =>
  z
    .object({
      name: z.string(),
      email: z.email(),
      password: z.string().min(min).max(max),
      image: z.string().optional(),
      callbackURL: z.string().optional(),
      rememberMe: z.boolean().optional(),
    })
    .loose();

const unwrap = (returned: unknown) => {
  // An endpoint called for a Response returns its JSON wrapped.
  const wrapped = returned as { _flag?: string; body?: unknown } | null;
  return (wrapped?._flag === "json" ? wrapped.body : returned) as { user?: SignUpUser } | null;
};

/**
 * A sign-up with an email that already has an account answers exactly as a new sign-up does
 * (200 and the same body; the password is hashed either way so the timing is alike) and mails
 * the address's owner instead. Only a real new account gets a session cookie, so a new user
 * can use the app at once.
 */
export function hideExistingAccounts({
  mailOwner,
}: {
  mailOwner: (email: string) => Promise<void>;
}): BetterAuthPlugin {
  return {
    id: "hide-existing-accounts",
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === SIGN_UP,
          handler: createAuthMiddleware(async (ctx) => {
            const { minPasswordLength, maxPasswordLength } = ctx.context.password.config;
            const body = signUpBody(minPasswordLength, maxPasswordLength).safeParse(ctx.body);
            if (!body.success) return;
            const email = body.data.email.toLowerCase();
            const existing = await ctx.context.internalAdapter.findUserByEmail(email);
            if (!existing) return;
            await ctx.context.password.hash(body.data.password);
            await mailOwner(email);
            const now = new Date();
            const id = ctx.context.generateId({ model: "user" }) || randomUUID();
            const user = {
              id,
              name: body.data.name,
              email,
              image: body.data.image,
              createdAt: now,
              updatedAt: now,
            };
            return ctx.json({ token: null, user: publicUser(user) });
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path === SIGN_UP,
          handler: createAuthMiddleware(async (ctx) => {
            const created = unwrap(ctx.context.returned);
            if (created?.user?.id) return ctx.json({ token: null, user: publicUser(created.user) });
          }),
        },
      ],
    },
  };
}
