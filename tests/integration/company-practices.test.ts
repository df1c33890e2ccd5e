import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import type { Metric } from "@aiml/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { point } from "./helpers/admin-fixtures";
import { anonymousCaller, createUserCaller } from "./helpers/users";

let t: TestDatabase;
let admin: Awaited<ReturnType<typeof createUserCaller>>;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await createUserCaller(t, "admin");
});
afterAll(async () => {
  await t?.drop();
});

describe("company equity practices", () => {
  it("are none in the seed: neither source article states one company's practice", async () => {
    expect((await anonymousCaller(t.db).offer.calculatorData()).practices).toEqual([]);
  });

  it("come from published figures an admin enters, each with its source", async () => {
    const dataset = await admin.caller.admin.datasets.create({
      metadata: {
        slug: "acme-equity-practices",
        title: "Acme AI offer letter terms (test)",
        publisher: "Test publisher",
        asOf: "2025-03-01",
        asOfPrecision: "day",
      },
    });
    const draftId = dataset.draft?.id ?? "";
    const practice = (key: string, metric: Metric, value: number) =>
      point({
        key,
        label: `Acme AI ${metric}`,
        metric,
        statistic: "point",
        unit: "count",
        value,
        company: "Acme AI",
        document: undefined,
      });
    const save = await admin.caller.admin.drafts.save({
      datasetId: dataset.id,
      draftId,
      revision: 0,
      changes: {
        upsert: [
          practice("vesting", "vesting_period", 4),
          practice("cliff", "vesting_cliff", 1),
          practice("signing", "signing_split", 2),
        ],
        delete: [],
      },
    });
    if (save.status !== "saved") throw new Error("the save was refused");
    await admin.caller.admin.drafts.publish({
      datasetId: dataset.id,
      draftId,
      revision: save.revision,
    });

    const { practices } = await anonymousCaller(t.db).offer.calculatorData();
    expect(practices).toEqual([
      {
        company: "Acme AI",
        vestingYears: 4,
        cliffYears: 1,
        refresherEveryYears: null,
        signingYears: 2,
        sources: expect.arrayContaining([
          expect.objectContaining({ label: "Acme AI vesting_cliff", publisher: "Test publisher" }),
        ]),
      },
    ]);
  });
});
