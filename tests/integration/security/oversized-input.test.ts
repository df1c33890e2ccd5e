import { defaultScenarioInputs } from "@aiml/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpApp, startHttpApp } from "../helpers/http-app";
import { TRPC_ENDPOINT, TRPC_ORIGIN } from "../helpers/trpc-http";

// Input of any shape and size is refused with a 4xx before anything walks it into a stack
// overflow: the walkers (unstorable-text.ts) go one value at a time and stop at a bound.

let app: HttpApp;

beforeAll(async () => {
  app = await startHttpApp();
});
afterAll(async () => {
  await app?.close();
});

/** A mutation posted as the app's client posts it, with a JSON body written by hand. */
function post(path: string, json: string) {
  return app.server.handle(
    new Request(`${TRPC_ORIGIN}${TRPC_ENDPOINT}/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: app.cookies.user ?? "" },
      body: `{"json":${json}}`,
    }),
  );
}

const PLACEHOLDER = "<value>";
const inputsWith = (field: string, value: string) =>
  JSON.stringify({ inputs: { ...defaultScenarioInputs, [field]: PLACEHOLDER } }).replace(
    `"${PLACEHOLDER}"`,
    value,
  );

describe("oversized input to a scenario procedure", () => {
  it.each([100_000, 125_000, 400_000, 1_000_000])(
    "an array of %i numbers is a 4xx",
    async (length) => {
      const list = `[${Array(length).fill("1").join(",")}]`;
      const response = await post("scenario.create", inputsWith("customVestingPercents", list));
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(app.server.takeInternalErrors()).toEqual([]);
    },
  );

  it.each([
    ["an array of 200,000 strings", `[${Array(200_000).fill('"x"').join(",")}]`],
    [
      "an object of 300,000 keys",
      `{${Array.from({ length: 300_000 }, (_, i) => `"k${i}":1`).join(",")}}`,
    ],
    ["arrays nested 50,000 deep", `${"[".repeat(50_000)}${"]".repeat(50_000)}`],
    ["objects nested 50,000 deep", `${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}`],
  ])("%s is a 4xx", async (_, value) => {
    for (const path of ["scenario.create", "scenario.compare"]) {
      const response = await post(path, inputsWith("name", value));
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
    }
    expect(app.server.takeInternalErrors()).toEqual([]);
  });
});
