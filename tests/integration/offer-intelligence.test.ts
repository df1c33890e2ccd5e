import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { type ScenarioInputsDraft, scenarioInputsSchema } from "@aiml/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outcome } from "./helpers/admin-fixtures";
import { createUserCaller } from "./helpers/users";

let t: TestDatabase;
let alice: Awaited<ReturnType<typeof createUserCaller>>;

beforeAll(async () => {
  t = await createTestDatabase();
  alice = await createUserCaller(t.db);
});
afterAll(async () => {
  await t?.drop();
});

const offer = (over: Partial<ScenarioInputsDraft> = {}) =>
  scenarioInputsSchema.parse({
    name: "Recruiter's offer",
    baseSalaryCents: 280_000_00,
    signingBonusCents: 500_000_00,
    equityGrantCents: 2_000_000_00,
    vestingSchedule: "even4",
    ...over,
  });

describe("scenarios with currencies, benefits and risk bands", () => {
  it("keeps every new field through a save and a read", async () => {
    const inputs = offer({
      currency: "GBP",
      workState: "TX",
      occupationCode: "15-1252",
      wageArea: "US",
      equityRisk: { preset: "growth", growthPercent: 12, volatilityPercent: 45 },
      benefits: { otherItems: [{ label: "Stipend", yearlyAmountCents: 50_000, include: false }] },
    });
    const saved = await alice.caller.scenario.create({ inputs });
    const read = await alice.caller.scenario.get({ id: saved.id });
    expect(read.inputs).toEqual(inputs);
    expect(read.result.currency).toBe("GBP");
    expect(read.result.bands).toHaveLength(4);
    expect(read.result.years[0]?.otherBenefits).toEqual([50_000]);
    // Not counted: the total stays the recruiter's figures.
    expect(read.result.annualizedTotal).toBe(905_000_00);
  });

  it("opens a scenario stored before currencies and benefits existed, unchanged", async () => {
    const stored = {
      name: "Saved last year",
      baseSalaryCents: 280_000_00,
      annualRaisePercent: 0,
      targetBonusPercent: 0,
      bonusPayoutPercent: 100,
      signingBonusCents: 500_000_00,
      signingSchedule: "year1",
      equityGrantCents: 2_000_000_00,
      vestingSchedule: "even4",
      customVestingPercents: [],
      refresherGrantCents: 0,
      equityPath: "flat",
      horizonYears: 4,
    };
    const row = await t.db.scenario.create({
      data: { userId: alice.id, name: stored.name, inputs: stored },
    });
    const read = await alice.caller.scenario.get({ id: row.id });
    expect(read.inputs.currency).toBe("USD");
    expect(read.result.annualizedTotal).toBe(905_000_00);
    expect((await alice.caller.scenario.list()).some((s) => s.id === row.id)).toBe(true);
  });

  it("refuses bad new fields with a 400, not a 500", async () => {
    for (const bad of [
      { currency: "XXX" },
      { workState: "ZZ" },
      { occupationCode: "software" },
      { equityRisk: { preset: "custom", growthPercent: 5, volatilityPercent: 500 } },
      { benefits: { esppDiscountPercent: 90 } },
    ]) {
      const result = await outcome(
        alice.caller.scenario.create({
          inputs: { ...offer(), ...bad } as unknown as ReturnType<typeof offer>,
        }),
      );
      expect([JSON.stringify(bad), result]).toEqual([JSON.stringify(bad), "BAD_REQUEST"]);
    }
  });
});
