import { TRPCError } from "@trpc/server";

export type AppErrorCode = "NOT_FOUND" | "CONFLICT" | "BAD_REQUEST" | "FORBIDDEN" | "UNAUTHORIZED";

/**
 * An error meant for the user: mapped to a 4xx with its message, never a 500. `details` reach
 * the client too (e.g. what changed in a conflict), so they must hold nothing secret.
 */
export class AppError extends Error {
  readonly details?: unknown;

  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function toTRPCError(error: AppError): TRPCError {
  return new TRPCError({ code: error.code, message: error.message, cause: error });
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  "The database is temporarily unavailable. Try again in a few seconds.";

/** A 503 for a request that failed because the database is down or unreachable. */
export function databaseUnavailable(cause: unknown): TRPCError {
  return new TRPCError({
    code: "SERVICE_UNAVAILABLE",
    message: DATABASE_UNAVAILABLE_MESSAGE,
    cause,
  });
}
