import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allocateVesting,
  computeScenario,
  describeAnnualized,
  type ScenarioResult,
  scenarioInputsSchema,
  scenarioToCsv,
} from "../../src/compensation";
import { customScheduleArb, scenarioInputsArb } from "./arbitraries";

const runs = { numRuns: 300 };

/** Every money figure in a result (rows, totals and the headline fields). */
function moneyFigures(result: ScenarioResult): [string, number][] {
  const {
    years,
    totals,
    name: _name,
    horizonYears: _h,
    currency: _c,
    bands: _b,
    retirementDeferralLimitCents: _l,
    ...headline
  } = result;
  return [
    ...years.flatMap((y) => {
      const { year, priceMultiplier: _m, otherBenefits, ...money } = y;
      return [
        ...Object.entries(money).map(([k, v]): [string, number] => [`year ${year} ${k}`, v]),
        ...otherBenefits.map((v, i): [string, number] => [`year ${year} other benefit ${i}`, v]),
      ];
    }),
    ...Object.entries(totals).map(([k, v]): [string, number] => [`totals ${k}`, v]),
    ...Object.entries(headline),
  ];
}

describe("properties of computeScenario", () => {
  it("the generated inputs are valid for the schema", () => {
    fc.assert(
      fc.property(scenarioInputsArb, (inputs) => {
        const parsed = scenarioInputsSchema.safeParse(inputs);
        expect(parsed.error?.issues ?? []).toEqual([]);
      }),
      runs,
    );
  });

  it("never produces NaN, fractional, unsafe or negative cents", () => {
    fc.assert(
      fc.property(scenarioInputsArb, (inputs) => {
        const result = computeScenario(inputs);
        expect(result.years).toHaveLength(inputs.horizonYears);
        for (const [label, value] of moneyFigures(result)) {
          if (!Number.isSafeInteger(value) || value < 0) {
            throw new Error(`${label} is ${value}`);
          }
        }
        for (const y of result.years) {
          expect(Number.isFinite(y.priceMultiplier) && y.priceMultiplier >= 0).toBe(true);
        }
      }),
      runs,
    );
  });

  it("makes every total exactly the sum of its parts", () => {
    fc.assert(
      fc.property(scenarioInputsArb, (inputs) => {
        const r = computeScenario(inputs);
        const sum = (pick: (y: ScenarioResult["years"][number]) => number) =>
          r.years.reduce((s, y) => s + pick(y), 0);
        for (const y of r.years) {
          expect(y.total).toBe(y.base + y.bonus + y.signing + y.equity + y.benefitsIncluded);
          expect(y.cash).toBe(y.base + y.bonus + y.signing);
          expect(y.equity).toBe(y.equityFromInitialGrant + y.equityFromRefreshers);
        }
        expect(r.totals.total).toBe(
          r.totals.base +
            r.totals.bonus +
            r.totals.signing +
            r.totals.equity +
            r.totals.benefitsIncluded,
        );
        expect(r.totals.benefitsIncluded).toBe(sum((y) => y.benefitsIncluded));
        expect(r.totals.total).toBe(sum((y) => y.total));
        expect(r.totals.equity).toBe(sum((y) => y.equity));
        expect(r.totals.equityAtGrantValue).toBe(sum((y) => y.equityAtGrantValue));
        expect(r.totalOverHorizon).toBe(r.totals.total);
        expect(r.year1Cash).toBe(r.years[0]?.cash);
        // The annualized figure is the total / horizon rounded to the nearest cent.
        const h = inputs.horizonYears;
        expect(Math.abs(r.annualizedTotal * h - r.totalOverHorizon) * 2).toBeLessThanOrEqual(h);
        // And its components add up to it exactly.
        const parts = describeAnnualized(r).components.map((c) => c.annualizedCents);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(r.annualizedTotal);
      }),
      runs,
    );
  });

  it("accounts for every granted cent as vested or unvested, and every signing cent", () => {
    fc.assert(
      fc.property(scenarioInputsArb, (inputs) => {
        const r = computeScenario(inputs);
        const refreshers = inputs.refresherGrantCents * (inputs.horizonYears - 1);
        expect(r.equityVestedAtGrantValue + r.unvestedEquityAtGrantValue).toBe(
          inputs.equityGrantCents + refreshers,
        );
        expect(r.totals.signing + r.signingAfterHorizon).toBe(inputs.signingBonusCents);
      }),
      runs,
    );
  });

  it("vests exactly the grant at flat value when the horizon covers the schedule", () => {
    fc.assert(
      fc.property(
        customScheduleArb,
        fc.integer({ min: 0, max: 100_000_000_000 }),
        fc.integer({ min: 0, max: 9 }),
        (schedule, grant, extraYears) => {
          const r = computeScenario({
            name: "Flat",
            baseSalaryCents: 1,
            equityGrantCents: grant,
            vestingSchedule: "custom",
            customVestingPercents: schedule,
            equityPath: "flat",
            horizonYears: Math.min(10, schedule.length + extraYears),
          });
          expect(r.equityVestedAtModelledValue).toBe(grant);
          expect(r.equityVestedAtGrantValue).toBe(grant);
          expect(r.unvestedEquityAtGrantValue).toBe(0);
        },
      ),
      runs,
    );
  });

  it("allocates each year within a cent of its exact share, cumulatively within half a cent", () => {
    fc.assert(
      fc.property(
        customScheduleArb,
        fc.integer({ min: 0, max: 100_000_000_000 }),
        (schedule, grant) => {
          const amounts = allocateVesting(grant, schedule);
          expect(amounts.reduce((a, b) => a + b, 0)).toBe(grant);
          let cumulative = 0;
          let cumulativeBp = 0;
          amounts.forEach((amount, i) => {
            const bp = Math.round((schedule[i] ?? 0) * 100);
            cumulative += amount;
            cumulativeBp += bp;
            expect(amount).toBeGreaterThanOrEqual(0);
            expect(Math.abs(amount * 10_000 - grant * bp)).toBeLessThanOrEqual(10_000);
            expect(Math.abs(cumulative * 10_000 - grant * cumulativeBp) * 2).toBeLessThanOrEqual(
              10_000,
            );
          });
        },
      ),
      runs,
    );
  });

  it("counts no equity on the bust path, and the same cash as any other path", () => {
    fc.assert(
      fc.property(scenarioInputsArb, (inputs) => {
        const bust = computeScenario({ ...inputs, equityPath: "bust" });
        const flat = computeScenario({ ...inputs, equityPath: "flat" });
        expect(bust.years.every((y) => y.equity === 0)).toBe(true);
        expect(bust.equityVestedAtModelledValue).toBe(0);
        expect(bust.years.map((y) => y.cash)).toEqual(flat.years.map((y) => y.cash));
        expect(bust.equityVestedAtGrantValue).toBe(flat.equityVestedAtModelledValue);
      }),
      runs,
    );
  });

  it("doubles the initial grant's value exactly by the end of the horizon", () => {
    fc.assert(
      fc.property(scenarioInputsArb, (inputs) => {
        const r = computeScenario({ ...inputs, equityPath: "double", refresherGrantCents: 0 });
        const last = r.years[r.years.length - 1];
        expect(last?.equity).toBe(2 * (last?.equityAtGrantValue ?? Number.NaN));
        // Earlier years sit between flat and double.
        for (const y of r.years) {
          expect(y.equity).toBeGreaterThanOrEqual(y.equityAtGrantValue);
          expect(y.equity).toBeLessThanOrEqual(2 * y.equityAtGrantValue);
        }
      }),
      runs,
    );
  });

  it("writes one CSV row per year plus a header and a totals row", () => {
    fc.assert(
      fc.property(scenarioInputsArb, (inputs) => {
        const csv = scenarioToCsv(inputs, computeScenario(inputs));
        // Names may contain CR/LF inside quotes, so count the unquoted amount columns instead:
        // 7 amounts (8 with benefits counted), whole yen or 2 decimals, then the currency
        // when it is not the dollar.
        const amountRows =
          csv.match(/,(?:\d+|Total),(?:\d+(?:\.\d{2})?,){6,7}\d+(?:\.\d{2})?(?:,[A-Z]{3})?\r\n/g) ??
          [];
        expect(amountRows).toHaveLength(inputs.horizonYears + 1);
        expect(csv.endsWith("\r\n")).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
