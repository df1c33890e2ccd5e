import { type Cents, divideRounded, toCents } from "./money";

export const vestingSchedules = [
  "even4_cliff",
  "even4",
  "backloaded",
  "frontloaded",
  "custom",
] as const;
export type VestingSchedule = (typeof vestingSchedules)[number];
export type VestingPreset = Exclude<VestingSchedule, "custom">;

export interface VestingPresetInfo {
  label: string;
  /** Share of the grant that vests in each year after the grant, in percent. */
  yearlyPercents: readonly number[];
  /** Years before anything vests (leave earlier and you get nothing). */
  cliffYears: number;
  description: string;
}

/**
 * The named vesting schedules. The model works in whole years and values equity at the end
 * of each year, so a 1-year cliff vests the same yearly amounts as `even4`: the cliff only
 * matters to someone who leaves before the end of year 1, and that is what `cliffYears`
 * records (for display, and for anything modelling departures).
 */
export const vestingPresets: Readonly<Record<VestingPreset, VestingPresetInfo>> = {
  even4_cliff: {
    label: "4 years even, 1-year cliff",
    yearlyPercents: [25, 25, 25, 25],
    cliffYears: 1,
    description:
      "25% a year for four years; nothing vests before the first anniversary. Year by year this pays the same as 4 years even — the cliff only bites if you leave in year 1.",
  },
  even4: {
    label: "4 years even",
    yearlyPercents: [25, 25, 25, 25],
    cliffYears: 0,
    description: "25% a year for four years, with no cliff.",
  },
  backloaded: {
    label: "Back-loaded (5/15/40/40)",
    yearlyPercents: [5, 15, 40, 40],
    cliffYears: 0,
    description: "5%, 15%, 40% and 40%: most of the grant arrives in years 3 and 4.",
  },
  frontloaded: {
    label: "Front-loaded (33/33/22/12)",
    yearlyPercents: [33, 33, 22, 12],
    cliffYears: 0,
    description: "33%, 33%, 22% and 12%: most of the grant arrives in years 1 and 2.",
  },
};

/** 12.5 → 1250: a vesting percentage (at most 2 decimals) in basis points. */
export function percentToBasisPoints(percent: number): number {
  return Math.round(percent * 100);
}

/** The yearly percentages of a schedule: the preset's, or the custom list. */
export function scheduleYearlyPercents(
  schedule: VestingSchedule,
  customPercents: readonly number[],
): readonly number[] {
  return schedule === "custom" ? customPercents : vestingPresets[schedule].yearlyPercents;
}

/**
 * Splits a grant (cents) across the years of a schedule (yearly percentages summing to
 * exactly 100) by cumulative rounding: the amount vested by the end of year j is the
 * grant × (percentages of years 1..j) rounded to the nearest cent (halves up), and each
 * year gets the increase. The years therefore always add up to exactly the grant, no year
 * is negative, and no cumulative figure is more than half a cent from the exact one.
 */
export function allocateVesting(grantCents: Cents, yearlyPercents: readonly number[]): Cents[] {
  if (!Number.isSafeInteger(grantCents) || grantCents < 0) {
    throw new RangeError(`A grant must be a non-negative whole number of cents: ${grantCents}`);
  }
  const basisPoints = yearlyPercents.map(percentToBasisPoints);
  const total = basisPoints.reduce((a, b) => a + b, 0);
  if (total !== 10_000 || basisPoints.some((bp) => bp < 0)) {
    throw new RangeError(
      `A vesting schedule must add up to 100%, this one adds up to ${total / 100}%`,
    );
  }
  const grant = BigInt(grantCents);
  const amounts: Cents[] = [];
  let cumulativeBp = 0n;
  let vestedSoFar = 0n;
  for (const bp of basisPoints) {
    cumulativeBp += BigInt(bp);
    const vestedByNow = divideRounded(grant * cumulativeBp, 10_000n);
    amounts.push(toCents(vestedByNow - vestedSoFar));
    vestedSoFar = vestedByNow;
  }
  return amounts;
}
