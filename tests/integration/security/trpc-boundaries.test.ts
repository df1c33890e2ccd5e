import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizationMatrix, type Persona } from "../helpers/authorization-matrix";
import { boundaryVariants } from "../helpers/hostile-inputs";
import { type HttpApp, startHttpApp } from "../helpers/http-app";
import { findLeak } from "../helpers/leaks";
import { type RoutedProcedure, routedProcedures } from "../helpers/procedures";
import { encodeInput, TRPC_ENDPOINT, TRPC_ORIGIN } from "../helpers/trpc-http";

let app: HttpApp;

beforeAll(async () => {
  app = await startHttpApp();
});
afterAll(async () => {
  await app?.close();
});

interface CallResult {
  error?: { json?: { data?: { httpStatus?: number } } };
}

/** Calls per batched request: fewer session look-ups, one call's status each. */
const BATCH_SIZE = 20;

function batchRequest(
  path: string,
  type: RoutedProcedure["type"],
  inputs: unknown[],
  who: Persona,
) {
  const cookie = app.cookies[who];
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (cookie) headers.cookie = cookie;
  const paths = inputs.map(() => path).join(",");
  const body = `{${inputs.map((input, i) => `"${i}":${encodeInput(input)}`).join(",")}}`;
  const url = `${TRPC_ORIGIN}${TRPC_ENDPOINT}/${paths}?batch=1`;
  return type === "mutation"
    ? new Request(url, { method: "POST", headers, body })
    : new Request(`${url}&input=${encodeURIComponent(body)}`, { method: "GET", headers });
}

/** The caller who gets past the procedure's access check, so its input is really read. */
function allowedPersona(path: string): Persona {
  const access = authorizationMatrix[path]?.access;
  if (!access) throw new Error(`No matrix entry for ${path} (see authorization.test.ts)`);
  return (["anonymous", "user", "admin"] as const).find((p) => access[p] === "OK") ?? "admin";
}

/**
 * Every field of every procedure's input, one at a time, set to each value at the edge of what
 * the code behind it handles (see boundaryValuesFor) or left out. Unlike the random fuzz this
 * is exhaustive, so a field whose limit the database does not share fails every run.
 */
describe.each(routedProcedures())("$path, field by field", ({ path, type }) => {
  it("answers boundary values in every field with a 2xx or 4xx and no internals", async () => {
    const valid = await authorizationMatrix[path]?.input?.(app.fixtures);
    const variants = boundaryVariants(valid);
    const who = allowedPersona(path);
    for (let start = 0; start < variants.length; start += BATCH_SIZE) {
      const chunk = variants.slice(start, start + BATCH_SIZE);
      const response = await app.server.handle(
        batchRequest(
          path,
          type,
          chunk.map((v) => v.input),
          who,
        ),
      );
      const body = await response.text();
      const results = JSON.parse(body) as CallResult[];
      expect(results).toHaveLength(chunk.length);
      const failed = results.flatMap((result, i) =>
        (result.error?.json?.data?.httpStatus ?? 200) >= 500 ? [chunk[i]?.change] : [],
      );
      expect(failed, `${path}: calls that failed with a 5xx`).toEqual([]);
      expect(app.server.takeInternalErrors(), path).toEqual([]);
      expect(findLeak(body), path).toBeNull();
    }
  });
});
