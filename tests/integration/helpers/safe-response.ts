import { expect } from "vitest";
import { findLeak } from "./leaks";
import type { TrpcServer } from "./trpc-http";

/**
 * A 2xx or 4xx (a batch answers 207 with a status per call: none may be a 5xx), no internals in
 * the body, and no unexpected error logged by the server. Returns the body.
 */
export async function expectSafeResponse(
  server: TrpcServer,
  response: Response,
  what: string,
): Promise<string> {
  const body = await response.text();
  expect(server.takeInternalErrors(), what).toEqual([]);
  expect(response.status, `${what}: ${body.slice(0, 300)}`).toBeLessThan(500);
  expect(body, what).not.toMatch(/"httpStatus":5\d\d/);
  expect(findLeak(body), what).toBeNull();
  return body;
}
