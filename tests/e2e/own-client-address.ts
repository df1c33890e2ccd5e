import type { test as base } from "@playwright/test";

/**
 * Gives the spec file's pages a client address of their own (TEST-NET-1), so its sign-ups and
 * auth calls do not count against the limits of the worker's other specs (sign-ups are limited
 * to 10 a minute per client). Call it at the top of the file with the file's `test`.
 */
export function useOwnClientAddress(test: Pick<typeof base, "use">) {
  test.use({
    extraHTTPHeaders: { "x-forwarded-for": `192.0.2.${1 + Math.floor(Math.random() * 254)}` },
  });
}
