import { MAX_BATCH_SIZE } from "@aiml/api";
import { defaultScenarioInputs } from "@aiml/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metadata, outcome } from "../helpers/admin-fixtures";
import { type HttpApp, startHttpApp } from "../helpers/http-app";
import { encodeInput, TRPC_ENDPOINT, TRPC_ORIGIN } from "../helpers/trpc-http";
import { anonymousCaller } from "../helpers/users";

// Inputs the fuzz tests found answered with a 500: each reached Postgres, which refused it.

let app: HttpApp;

beforeAll(async () => {
  app = await startHttpApp();
});
afterAll(async () => {
  await app?.close();
});

const user = () => app.fixtures.owner;
const admin = () => app.fixtures.admin;
const newScenario = () => user().scenario.create({ inputs: defaultScenarioInputs });

async function errorMessage(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    return (error as Error).message;
  }
  return "no error";
}

describe("text Postgres cannot store", () => {
  it("a NUL character anywhere in the input is a 400, in ids, text and keys alike", async () => {
    const { id } = await newScenario();
    expect(await outcome(user().scenario.get({ id: `${id}\u0000` }))).toBe("BAD_REQUEST");
    expect(
      await errorMessage(
        user().scenario.create({ inputs: { ...defaultScenarioInputs, name: "a\u0000b" } }),
      ),
    ).toMatch(/NUL character/);
    expect(
      await outcome(admin().admin.datasets.create({ metadata: metadata({ title: "\u0000" }) })),
    ).toBe("BAD_REQUEST");
    expect(await outcome(admin().admin.audit.list({ actorId: "\u0000" }))).toBe("BAD_REQUEST");
    expect(await outcome(admin().admin.users.setRole({ userId: "\u0000", role: "admin" }))).toBe(
      "BAD_REQUEST",
    );
  });

  it("an unpaired surrogate (not Unicode) is a 400; emoji and accents are fine", async () => {
    const { id, revision } = await newScenario();
    expect(await outcome(user().scenario.rename({ id, revision, name: "Offer \udfff" }))).toBe(
      "BAD_REQUEST",
    );
    const renamed = await user().scenario.rename({ id, revision, name: "Offre 🦄 café" });
    expect(renamed.name).toBe("Offre 🦄 café");
  });

  it("is checked after sign-in and role: a caller without access still gets 401 or 403", async () => {
    expect(await outcome(anonymousCaller(app.t.db).scenario.get({ id: "\u0000" }))).toBe(
      "UNAUTHORIZED",
    );
    expect(await outcome(user().admin.datasets.get({ id: "\u0000" }))).toBe("FORBIDDEN");
  });
});

describe("numbers and dates beyond Postgres's types", () => {
  it("a revision beyond Postgres's integer is a 400", async () => {
    const { id } = await newScenario();
    const revision = 2 ** 31;
    expect(
      await outcome(user().scenario.update({ id, revision, inputs: defaultScenarioInputs })),
    ).toBe("BAD_REQUEST");
    expect(
      await outcome(admin().admin.drafts.discard({ datasetId: "x", draftId: "y", revision })),
    ).toBe("BAD_REQUEST");
  });

  it("an audit filter date before the year 1 is a 400", async () => {
    expect(await outcome(admin().admin.audit.list({ from: new Date(-8.64e15) }))).toBe(
      "BAD_REQUEST",
    );
    expect(await outcome(admin().admin.audit.list({ to: new Date(8.64e15) }))).toBe("BAD_REQUEST");
  });

  it("an as-of date in the year 0000 is a 400", async () => {
    const created = admin().admin.datasets.create({
      metadata: metadata({ slug: "year-zero", asOf: "0000-01-01" }),
    });
    expect(await errorMessage(created)).toMatch(/no year 0000/);
  });
});

describe("batched requests", () => {
  function batch(size: number) {
    const paths = Array.from({ length: size }, () => "admin.drafts.start").join(",");
    const inputs = Array.from(
      { length: size },
      (_, i) => `"${i}":${encodeInput({ datasetId: "x" })}`,
    );
    return new Request(`${TRPC_ORIGIN}${TRPC_ENDPOINT}/${paths}?batch=1`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: app.cookies.admin ?? "" },
      body: `{${inputs.join(",")}}`,
    });
  }

  it(`carry at most ${MAX_BATCH_SIZE} calls: more is a 400, not one request holding every connection`, async () => {
    const full = await app.server.handle(batch(MAX_BATCH_SIZE));
    expect(full.status).not.toBe(400);
    expect(full.status).toBeLessThan(500);
    for (const size of [MAX_BATCH_SIZE + 1, 400]) {
      const response = await app.server.handle(batch(size));
      expect(response.status, `${size} calls`).toBe(400);
      expect(await response.text()).toMatch(/Batch call exceeds maximum size/);
    }
    expect(app.server.takeInternalErrors()).toEqual([]);
  });
});
