import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizationMatrix, httpStatusOf, personas } from "../helpers/authorization-matrix";
import { type HttpApp, startHttpApp } from "../helpers/http-app";
import { routedProcedures } from "../helpers/procedures";
import { procedureRequest, responseCode } from "../helpers/trpc-http";

let app: HttpApp;

beforeAll(async () => {
  app = await startHttpApp();
});
afterAll(async () => {
  await app?.close();
});

/**
 * The same matrix as authorization.test.ts, through the app's HTTP endpoint with real session
 * cookies: every refusal is its own 4xx status, never a 500.
 */
describe.each(personas)("over HTTP as %s", (persona) => {
  it.each(routedProcedures())("$path answers with its status", async ({ path, type }) => {
    const entry = authorizationMatrix[path];
    if (!entry) throw new Error(`No matrix entry for ${path} (see authorization.test.ts)`);
    const input = await entry.input?.(app.fixtures);
    const expected = entry.access[persona];

    const response = await app.server.handle(
      procedureRequest(path, type, { input, cookie: app.cookies[persona] }),
    );
    const body = await response.json();
    expect({ status: response.status, code: responseCode(body) }).toEqual({
      status: httpStatusOf[expected],
      code: expected,
    });
    expect(app.server.takeInternalErrors()).toEqual([]);
  });
});

describe("session cookies the server does not know", () => {
  const protectedPaths = routedProcedures().filter(
    (p) => authorizationMatrix[p.path]?.access.anonymous === "UNAUTHORIZED",
  );

  it.each([
    ["a made-up token", "better-auth.session_token=made-up-token.c2lnbmF0dXJl"],
    ["a real token with its signature cut off", null],
    ["an empty value", "better-auth.session_token="],
    ["garbage", "better-auth.session_token=%00%ff%fe;;;=="],
  ])("%s gets 401 from every protected procedure", async (_, cookie) => {
    const sent = cookie ?? (app.cookies.user ?? "").replace(/\.[^.]*$/, "");
    for (const { path, type } of protectedPaths) {
      const input = await authorizationMatrix[path]?.input?.(app.fixtures);
      const response = await app.server.handle(
        procedureRequest(path, type, { input, cookie: sent }),
      );
      expect(response.status, path).toBe(401);
    }
    expect(app.server.takeInternalErrors()).toEqual([]);
  });
});
