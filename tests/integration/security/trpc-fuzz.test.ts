import { importTemplateCsv } from "@aiml/domain";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authorizationMatrix } from "../helpers/authorization-matrix";
import {
  brokenInput,
  hostileCsvBytes,
  hostileString,
  hostileValue,
} from "../helpers/hostile-inputs";
import { type HttpApp, startHttpApp } from "../helpers/http-app";
import { type RoutedProcedure, routedProcedures } from "../helpers/procedures";
import { expectSafeResponse } from "../helpers/safe-response";
import {
  encodeInput,
  percentEncode,
  procedureRequest,
  TRPC_ENDPOINT,
  TRPC_ORIGIN,
} from "../helpers/trpc-http";

/** Runs per property; raise it (FUZZ_RUNS=500) for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
// A long hunt needs longer than the suite's timeout.
vi.setConfig({ testTimeout: 30_000 + RUNS * 2_000 });

let app: HttpApp;

beforeAll(async () => {
  app = await startHttpApp();
});
afterAll(async () => {
  await app?.close();
});

const procedures = routedProcedures();
const personaNames = ["anonymous", "user", "admin"] as const;
type PersonaName = (typeof personaNames)[number];
const persona = fc.constantFrom(...personaNames);
const cookie = (who: PersonaName) => app.cookies[who];

/** The caller who gets past the procedure's access check, so its input is really read. */
function allowedPersona(path: string): PersonaName {
  const access = authorizationMatrix[path]?.access;
  if (!access) throw new Error(`No matrix entry for ${path} (see authorization.test.ts)`);
  if (access.anonymous === "OK") return "anonymous";
  return access.user === "OK" ? "user" : "admin";
}

function withCookie(headers: Record<string, string>, who: PersonaName): Record<string, string> {
  const value = cookie(who);
  return value ? { ...headers, cookie: value } : headers;
}

const send = (request: Request) => app.server.handle(request);
const expectSafe = async (response: Response, what: string) => {
  await expectSafeResponse(app.server, response, what);
};

describe.each(procedures)("$path under hostile input", ({ path, type }: RoutedProcedure) => {
  it("answers with a 2xx or 4xx and shows no internals", async () => {
    const valid = await authorizationMatrix[path]?.input?.(app.fixtures);
    const allowed = allowedPersona(path);
    const cases = fc.oneof(
      { weight: 3, arbitrary: fc.tuple(fc.constant(allowed), brokenInput(valid)) },
      { weight: 1, arbitrary: fc.tuple(persona, hostileValue) },
    );
    await fc.assert(
      fc.asyncProperty(cases, async ([who, input]) => {
        const response = await send(procedureRequest(path, type, { input, cookie: cookie(who) }));
        await expectSafe(response, `${path} as ${who}`);
      }),
      { numRuns: RUNS },
    );
  });
});

/**
 * Procedures that take a file, found from their input. A file reaches them as bytes from the
 * upload route (apps/web, which only reads the body), so they are called as the route calls them.
 */
describe("file uploads under hostile CSV", () => {
  it(
    "answers every file with a result or a 4xx error, never an internal one",
    async () => {
      const uploads: string[] = [];
      for (const p of procedures) {
        const valid = await authorizationMatrix[p.path]?.input?.(app.fixtures);
        if (valid && typeof valid === "object" && "content" in valid) uploads.push(p.path);
      }
      expect(uploads.length).toBeGreaterThan(0);
      const file = hostileCsvBytes(importTemplateCsv());
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...uploads), file, async (path, bytes) => {
          // Fresh input each time (a commit moves its draft on), so every file is read in full.
          const valid = (await authorizationMatrix[path]?.input?.(app.fixtures)) as object;
          const input = { ...valid, content: new Uint8Array(bytes) };
          const step = path === "admin.import.commit" ? "commit" : "preview";
          const outcome = await app.fixtures.admin.admin.import[step](input as never).then(
            () => "OK",
            (error: { code?: string }) => error.code ?? "thrown",
          );
          expect(["OK", "BAD_REQUEST", "CONFLICT", "PAYLOAD_TOO_LARGE"], path).toContain(outcome);
        }),
        { numRuns: RUNS * 2 },
      );
      // Each run is a whole import (a worker thread reads and checks the file): seconds apiece
      // while the other integration pass shares the cores.
    },
    60_000 + RUNS * 8_000,
  );
});

/** Bodies and ?input= values that are not what the tRPC client sends. */
const malformedPayload = fc.oneof(
  hostileString,
  fc.json().map((json) => json.slice(0, Math.max(0, json.length - 1))),
  fc.constantFrom(
    "{",
    '{"json":',
    '{"json": {"id": "x"}, "meta": {"values": {"id": ["Date"]}}}',
    '{"json": {"id": "x"}, "meta": {"values": {"id": [["class", "Nope"]]}}}',
    '{"json": {"id": "x"}, "meta": {"values": {"id": [["custom", "Nope"]]}}}',
    '{"json": {"id": "x"}, "meta": {"values": {"__proto__.polluted": ["undefined"]}}}',
    '{"json": {}, "meta": {"values": {"constructor.prototype.polluted": ["Date"]}}}',
    '{"json": {"a": 1}, "meta": {"referentialEqualities": {"a": ["__proto__"]}}}',
    '{"json": 1, "meta": {"values": ["bigint"]}}',
    '{"json": "1e99999", "meta": {"values": ["bigint"]}}',
    '{"json": "nope", "meta": {"values": ["bigint"]}}',
    '{"json": "x", "meta": {"values": ["regexp"]}}',
    '{"json": "/(a+)+$/", "meta": {"values": ["regexp"]}}',
    '{"json": [1, 2], "meta": {"values": ["map"]}}',
    '{"json": null, "meta": null}',
    '{"json": null, "meta": {"values": 7}}',
    `{"json": ${"[".repeat(20_000)}${"]".repeat(20_000)}}`,
    `${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}`,
    "[]",
    "null",
    '"\\u0000"',
    "\uFEFF{}",
  ),
);

const otherMethods = fc.constantFrom("PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");
const contentTypes = fc.constantFrom(
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/octet-stream",
  "application/json; charset=utf-16",
  "",
);

describe("malformed tRPC requests", () => {
  const procedure = fc.constantFrom(...procedures);

  it("answers malformed JSON input with a 4xx, in a query string or a body", async () => {
    await fc.assert(
      fc.asyncProperty(procedure, persona, malformedPayload, async (p, who, raw) => {
        const response = await send(
          procedureRequest(p.path, p.type, { rawInput: raw, cookie: cookie(who) }),
        );
        await expectSafe(response, `${p.path} as ${who} with ${JSON.stringify(raw.slice(0, 80))}`);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it("answers the wrong method or content type with a 4xx", async () => {
    const wrongRequest = fc.oneof(
      // A query sent as a mutation and the other way round.
      fc.tuple(procedure, persona).map(([p, who]) =>
        procedureRequest(p.path, p.type === "query" ? "mutation" : "query", {
          cookie: cookie(who),
        }),
      ),
      fc.tuple(procedure, otherMethods, persona).map(
        ([p, method, who]) =>
          new Request(`${TRPC_ORIGIN}${TRPC_ENDPOINT}/${p.path}`, {
            method,
            headers: withCookie({}, who),
          }),
      ),
      fc.tuple(procedure, contentTypes, malformedPayload).map(
        ([p, contentType, body]) =>
          new Request(`${TRPC_ORIGIN}${TRPC_ENDPOINT}/${p.path}`, {
            method: "POST",
            headers: contentType ? { "content-type": contentType } : {},
            body,
          }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(wrongRequest, async (request) => {
        await expectSafe(await send(request), `${request.method} ${request.url.slice(0, 120)}`);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it("answers unknown and hostile procedure paths with a 4xx", async () => {
    const paths = fc.oneof(
      fc.constantFrom(
        "",
        "admin",
        "admin.users",
        "__proto__",
        "constructor",
        "toString",
        "hasOwnProperty",
        "admin.__proto__",
        "_def.procedures",
        "../admin.users.list",
        "admin.users.list/../../x",
        "%00",
        "a".repeat(20_000),
      ),
      fc.constantFrom("%", "%ff%fe", "%ED%A0%80", "admin.users.list%00"),
      hostileString.map(percentEncode),
    );
    await fc.assert(
      fc.asyncProperty(paths, fc.boolean(), persona, async (path, post, who) => {
        const headers = withCookie({ "content-type": "application/json" }, who);
        const response = await send(
          new Request(`${TRPC_ORIGIN}${TRPC_ENDPOINT}/${path}`, {
            method: post ? "POST" : "GET",
            headers,
            ...(post ? { body: "{}" } : {}),
          }),
        );
        await expectSafe(response, `path ${JSON.stringify(path.slice(0, 80))}`);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it(
    "answers hostile batches with a 2xx or 4xx per call and no internals",
    async () => {
      const queries = procedures.filter((p) => p.type === "query");
      const mutations = procedures.filter((p) => p.type === "mutation");
      const batch = fc.oneof(
        fc.record({
          post: fc.constant(false),
          calls: fc.array(fc.constantFrom(...queries), { minLength: 1, maxLength: 6 }),
        }),
        fc.record({
          post: fc.constant(true),
          calls: fc.array(fc.constantFrom(...mutations), { minLength: 1, maxLength: 6 }),
        }),
        // Queries and mutations mixed in one batch.
        fc.record({
          post: fc.boolean(),
          calls: fc.array(fc.constantFrom(...procedures), { minLength: 2, maxLength: 6 }),
        }),
      );
      const inputs = fc.oneof(
        fc
          .array(hostileValue, { maxLength: 6 })
          .map((values) =>
            JSON.stringify(
              Object.fromEntries(values.map((v, i) => [i, JSON.parse(encodeInput(v))])),
            ),
          ),
        malformedPayload,
        fc.constantFrom('{"0": 1, "__proto__": {"json": 1}}', '{"999": {"json": 1}}', "[1, 2, 3]"),
      );
      await fc.assert(
        fc.asyncProperty(
          batch,
          inputs,
          persona,
          fc.boolean(),
          async ({ post, calls }, input, who, stream) => {
            const headers = withCookie({ "content-type": "application/json" }, who);
            // The app's client asks for a streamed batch (httpBatchStreamLink).
            if (stream) headers["trpc-accept"] = "application/jsonl";
            const url = `${TRPC_ORIGIN}${TRPC_ENDPOINT}/${calls.map((c) => c.path).join(",")}?batch=1`;
            const request = post
              ? new Request(url, { method: "POST", headers, body: input })
              : new Request(`${url}&input=${percentEncode(input)}`, { method: "GET", headers });
            await expectSafe(
              await send(request),
              `batch ${calls.map((c) => c.path).join(",")} as ${who}`,
            );
          },
        ),
        { numRuns: RUNS * 2 },
      );
      // Each run is a whole import (a worker thread reads and checks the file): seconds apiece
      // while the other integration pass shares the cores.
    },
    60_000 + RUNS * 8_000,
  );
});
