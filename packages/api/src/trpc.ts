import { syncWatchedRevision } from "@aiml/cache";
import { isDatabaseUnavailable, reportDatabaseError } from "@aiml/db";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { Context } from "./context";
import { AppError, databaseUnavailable, toTRPCError } from "./errors";
import { isDenied, logAdminWrite, logDenied } from "./logging/procedure-events";
import { refreshPublishedFigures } from "./queries/market/reads/cached-figures";
import { hasUnstorableText } from "./unstorable-text";

export interface ProcedureMeta {
  /**
   * The output depends only on the input and the published benchmark data, never on the caller:
   * one HTTP response may be served to everyone until the next publish (see shared-responses.ts).
   */
  publishedDataOnly?: boolean;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
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

export const ADMIN_NEEDS_TWO_FACTOR =
  "Admins must turn on two-factor authentication first: set it up on your account page (/account), then come back.";
export const createCallerFactory = t.createCallerFactory;

/**
 * Turns user-facing AppErrors into their 4xx tRPC codes, and a database that is down or
 * unreachable into a 503 the client may retry (instead of a 500).
 */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof AppError) throw toTRPCError(cause);
  if (isDatabaseUnavailable(cause)) {
    reportDatabaseError(cause);
    throw databaseUnavailable(cause);
  }
  return result;
});

/** The code the client gets: AppErrors are mapped to theirs only further out, by `appErrors`. */
const codeOf = (error: TRPCError) =>
  error.cause instanceof AppError ? error.cause.code : error.code;

/** Logs calls refused with 401 or 403, wherever in the ladder they were refused. */
const deniedCalls = t.middleware(async ({ ctx, path, type, next }) => {
  const result = await next();
  if (!result.ok && isDenied(result.error.code)) {
    const userId = ctx.session?.user.id ?? null;
    logDenied(ctx.log, { procedure: path, type, code: result.error.code, userId });
  }
  return result;
});

/**
 * Refuses input with text Postgres cannot store (see hasUnstorableText) with a 400 rather than
 * a database error. Runs after the access checks, so callers without access learn nothing more.
 */
const storableText = t.middleware(async ({ getRawInput, next }) => {
  const found = hasUnstorableText(await getRawInput());
  if (found === "too-large") {
    throw new TRPCError({
      code: "PAYLOAD_TOO_LARGE",
      message: "The request holds more values than any form of this app sends.",
    });
  }
  if (found) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message:
        "The text contains characters that cannot be saved (a NUL character or a broken Unicode sequence): remove them and try again.",
    });
  }
  return next();
});

const withAppErrors = t.procedure.use(deniedCalls).use(appErrors);

const signedIn = withAppErrors.use(({ ctx, next }) => {
  if (!ctx.session) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first." });
  }
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/**
 * The role is read from the database on every call: a role cached in a cookie can be stale. An
 * admin account must have two-factor authentication on before any admin call answers.
 */
const adminOnly = signedIn.use(async ({ ctx, next }) => {
  const user = await ctx.db.user.findUnique({
    where: { id: ctx.session.user.id },
    select: { role: true, twoFactorEnabled: true },
  });
  if (user?.role !== "admin") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Admins only." });
  }
  if (!user.twoFactorEnabled) {
    throw new TRPCError({ code: "FORBIDDEN", message: ADMIN_NEEDS_TWO_FACTOR });
  }
  return next();
});

/**
 * Logs every admin mutation with its outcome (the audit log keeps the data changes). A write
 * that may have bumped the data revision (a publish, a rollback, a metric) has it read into this
 * instance's watch before it answers, so the writer's next page shows the change at once.
 */
const adminWrites = adminOnly.use(async ({ ctx, path, type, getRawInput, next }) => {
  const result = await next();
  if (type === "mutation" && result.ok) await syncWatchedRevision(ctx.db).catch(() => {});
  if (type === "mutation") {
    logAdminWrite(ctx.log, {
      procedure: path,
      actorId: ctx.session.user.id,
      input: await getRawInput(),
      outcome: result.ok
        ? { ok: true, data: result.data }
        : { ok: false, code: codeOf(result.error) },
    });
  }
  return result;
});

export const publicProcedure = withAppErrors.use(storableText);
/** A public read of published benchmark data alone (see ProcedureMeta.publishedDataOnly). */
export const publishedDataProcedure = publicProcedure.meta({ publishedDataOnly: true });
export const protectedProcedure = signedIn.use(storableText);
export const adminProcedure = adminWrites.use(storableText);

/** An admin write that can change what the public pages show (a publish, a rollback). */
export const publishingProcedure = adminProcedure.use(async ({ ctx, next }) => {
  const result = await next();
  if (result.ok) refreshPublishedFigures(ctx.db, ctx.log);
  return result;
});
