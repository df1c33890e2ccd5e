import { describe, expect, it } from "vitest";
import { type CompanyPractice, prefillFromPractice } from "../../src/compensation";

const practice = (over: Partial<CompanyPractice>): CompanyPractice => ({
  company: "Example",
  vestingYears: null,
  cliffYears: null,
  refresherEveryYears: null,
  signingYears: null,
  sources: [],
  ...over,
});

describe("prefillFromPractice", () => {
  it("maps 4 years with a 1-year cliff to the preset, and a split signing bonus", () => {
    expect(
      prefillFromPractice(practice({ vestingYears: 4, cliffYears: 1, signingYears: 2 })),
    ).toEqual({
      vestingSchedule: "even4_cliff",
      signingSchedule: "split",
      notes: [
        "Vesting over 4 years with a 1-year cliff, evenly.",
        "Signing bonus split over years 1 and 2.",
      ],
    });
    expect(prefillFromPractice(practice({ vestingYears: 4, cliffYears: 0 })).vestingSchedule).toBe(
      "even4",
    );
  });

  it("spreads another length evenly: 3 years is 33.33 / 33.33 / 33.34", () => {
    expect(prefillFromPractice(practice({ vestingYears: 3 }))).toMatchObject({
      vestingSchedule: "custom",
      customVestingPercents: [33.33, 33.33, 33.34],
    });
  });

  it("fills nothing a source does not state, and notes a refresher cadence it cannot model", () => {
    expect(prefillFromPractice(practice({}))).toEqual({ notes: [] });
    expect(prefillFromPractice(practice({ refresherEveryYears: 2 })).notes).toEqual([
      "Refreshers every 2 years: the calculator models yearly refreshers, so spread their size over those years.",
    ]);
  });
});
