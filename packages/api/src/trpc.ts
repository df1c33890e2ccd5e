import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { Context } from "./context";
import { AppError, toTRPCError } from "./errors";
import { hasUnstorableText } from "./unstorable-text";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
    const details = error.cause instanceof AppError ? (error.cause.details ?? null) : null;
    // Unexpected failures are logged on the server; the client gets no SQL or internals.
    const message =
      error.code === "INTERNAL_SERVER_ERROR"
        ? "Something went wrong on our side. Try again."
        : shape.message;
    return { ...shape, message, data: { ...shape.data, stack: undefined, zodError, details } };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Turns user-facing AppErrors into their 4xx tRPC codes. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    throw toTRPCError(result.error.cause);
  }
  return result;
});

/**
 * Refuses input with text Postgres cannot store (see hasUnstorableText) with a 400 rather than
 * a database error. Runs after the access checks, so callers without access learn nothing more.
 */
const storableText = t.middleware(async ({ getRawInput, next }) => {
  if (hasUnstorableText(await getRawInput())) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message:
        "The text contains characters that cannot be saved (a NUL character or a broken Unicode sequence): remove them and try again.",
    });
  }
  return next();
});

const withAppErrors = t.procedure.use(appErrors);

const signedIn = withAppErrors.use(({ ctx, next }) => {
  if (!ctx.session) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first." });
  }
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/** The role is read from the database on every call: a role cached in a cookie can be stale. */
const adminOnly = signedIn.use(async ({ ctx, next }) => {
  const user = await ctx.db.user.findUnique({
    where: { id: ctx.session.user.id },
    select: { role: true },
  });
  if (user?.role !== "admin") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Admins only." });
  }
  return next();
});

export const publicProcedure = withAppErrors.use(storableText);
export const protectedProcedure = signedIn.use(storableText);
export const adminProcedure = adminOnly.use(storableText);
