import type { SigningSchedule } from "./scenario-limits";
import type { VestingSchedule } from "./vesting";

/** Where a stated practice comes from. */
export interface PracticeSource {
  label: string;
  publisher: string;
  asOf: string;
  quote: string | null;
}

/**
 * A company's equity practices as published figures state them (each admin-managed, with its
 * source); a practice no source states is left out, never guessed.
 */
export interface CompanyPractice {
  company: string;
  vestingYears: number | null;
  cliffYears: number | null;
  refresherEveryYears: number | null;
  signingYears: number | null;
  sources: PracticeSource[];
}

export interface PracticePrefill {
  vestingSchedule?: VestingSchedule;
  customVestingPercents?: number[];
  signingSchedule?: SigningSchedule;
  /** What was filled in and what could not be, in plain words. */
  notes: string[];
}

/** 100% split evenly over `years` with two decimals, the rounding left in the last year. */
function evenPercents(years: number): number[] {
  const each = Math.floor(10_000 / years) / 100;
  const percents = Array.from({ length: years }, () => each);
  percents[years - 1] = Math.round((100 - each * (years - 1)) * 100) / 100;
  return percents;
}

/**
 * The calculator fields a company's practices fill in: a 4-year schedule with or without a
 * 1-year cliff maps to its preset, another length to an even custom schedule; a signing bonus
 * over 1 or 2 years to its schedule. The model has yearly refreshers only, so another cadence
 * is noted, not applied.
 */
export function prefillFromPractice(practice: CompanyPractice): PracticePrefill {
  const prefill: PracticePrefill = { notes: [] };
  const { vestingYears: years, cliffYears: cliff } = practice;
  if (years !== null && Number.isInteger(years) && years >= 1 && years <= 10) {
    if (years === 4 && (cliff === 1 || cliff === 0 || cliff === null)) {
      prefill.vestingSchedule = cliff === 1 ? "even4_cliff" : "even4";
    } else {
      prefill.vestingSchedule = "custom";
      prefill.customVestingPercents = evenPercents(years);
    }
    prefill.notes.push(
      `Vesting over ${years} year${years === 1 ? "" : "s"}${cliff ? ` with a ${cliff}-year cliff` : cliff === 0 ? " with no cliff" : ""}, evenly.`,
    );
  }
  if (practice.signingYears === 1 || practice.signingYears === 2) {
    prefill.signingSchedule = practice.signingYears === 1 ? "year1" : "split";
    prefill.notes.push(
      practice.signingYears === 1
        ? "Signing bonus paid in year 1."
        : "Signing bonus split over years 1 and 2.",
    );
  }
  if (practice.refresherEveryYears !== null) {
    prefill.notes.push(
      practice.refresherEveryYears === 1
        ? "Refreshers are granted yearly, as the calculator models them; enter their size."
        : `Refreshers every ${practice.refresherEveryYears} years: the calculator models yearly refreshers, so spread their size over those years.`,
    );
  }
  return prefill;
}
