import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { describe, expect, it } from "vitest";
import {
  AppError,
  DATABASE_UNAVAILABLE_MESSAGE,
  databaseUnavailable,
  toTRPCError,
} from "../src/errors";

describe("application errors", () => {
  it.each([
    ["BAD_REQUEST", 400],
    ["UNAUTHORIZED", 401],
    ["FORBIDDEN", 403],
    ["NOT_FOUND", 404],
    ["CONFLICT", 409],
  ] as const)("%s becomes a %i with the user's message", (code, status) => {
    const error = toTRPCError(new AppError(code, "Readable message"));
    expect(getHTTPStatusCodeFromError(error)).toBe(status);
    expect(error.message).toBe("Readable message");
  });

  it("a database outage is a 503 that names no internals", () => {
    const error = databaseUnavailable(new Error("connect ECONNREFUSED 127.0.0.1:5432"));
    expect(getHTTPStatusCodeFromError(error)).toBe(503);
    expect(error.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
    expect(error.message).not.toContain("5432");
  });
});
