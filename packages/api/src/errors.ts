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
