import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { scenarioInputsSchema } from "@aiml/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { point } from "./helpers/admin-fixtures";
import { createUserCaller } from "./helpers/users";

let t: TestDatabase;
let admin: Awaited<ReturnType<typeof createUserCaller>>;
let user: Awaited<ReturnType<typeof createUserCaller>>;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await createUserCaller(t, "admin");
  user = await createUserCaller(t.db);
});
afterAll(async () => {
  await t?.drop();
});

// 50% of contributions matched up to 10% of a $300,000 base: $15,000 uncapped.
const inputs = scenarioInputsSchema.parse({
  name: "Match",
  baseSalaryCents: 300_000_00,
  horizonYears: 1,
  benefits: { retirementMatchPercent: 50, retirementMatchUpToPercent: 10 },
});

describe("the IRS deferral limit is an admin-published parameter", () => {
  it("leaves the match uncapped (and says so) until an admin publishes a limit, then caps it", async () => {
    const saved = await user.caller.scenario.create({ inputs });
    expect(saved.result.years[0]?.retirementMatch).toBe(15_000_00);
    expect(saved.result.retirementDeferralLimitCents).toBeNull();
    expect((await user.caller.offer.calculatorData()).retirementLimit).toBeNull();

    // The admin enters the limit from the IRS's notice (a test value here, not the real one).
    const dataset = await admin.caller.admin.datasets.create({
      metadata: {
        slug: "irs-plan-limits-test",
        title: "Retirement plan limits (test)",
        publisher: "Test publisher",
        asOf: "2025-01-01",
        asOfPrecision: "year",
      },
    });
    const draftId = dataset.draft?.id ?? "";
    const limit = point({
      key: "deferral-limit.2025",
      label: "Elective deferral limit (test value)",
      metric: "retirement_deferral_limit",
      statistic: "point",
      unit: "usd",
      value: 20_000,
      year: 2025,
      document: undefined,
    });
    const save = await admin.caller.admin.drafts.save({
      datasetId: dataset.id,
      draftId,
      revision: 0,
      changes: { upsert: [limit], delete: [] },
    });
    if (save.status !== "saved") throw new Error("the save was refused");
    await admin.caller.admin.drafts.publish({
      datasetId: dataset.id,
      draftId,
      revision: save.revision,
    });

    // 50% × min(10% × $300,000, $20,000) = $10,000.
    const read = await user.caller.scenario.get({ id: saved.id });
    expect(read.result.years[0]?.retirementMatch).toBe(10_000_00);
    expect(read.result.retirementDeferralLimitCents).toBe(20_000_00);
    expect((await user.caller.offer.calculatorData()).retirementLimit).toMatchObject({
      cents: 20_000_00,
      year: 2025,
    });
  });
});
