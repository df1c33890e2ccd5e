import { z } from "zod";
import { isUsState } from "./cost-of-living";
import { currencies } from "./currency";
import { equityPaths } from "./equity-path";
import {
  equityRiskPresetInfo,
  equityRiskPresets,
  MAX_EQUITY_RISK_GROWTH_PERCENT,
  MAX_VOLATILITY_PERCENT,
  MIN_EQUITY_RISK_GROWTH_PERCENT,
} from "./equity-risk-presets";
import {
  formatCents,
  MAX_BASE_SALARY_CENTS,
  MAX_GRANT_CENTS,
  MAX_MODELLED_EQUITY_CENTS,
} from "./money";
import { hasAtMostDecimals, RATE_DECIMALS } from "./rates";
import {
  MAX_HORIZON_YEARS,
  MAX_VESTING_YEARS,
  MIN_HORIZON_YEARS,
  signingSchedules,
} from "./scenario-limits";
import { percentToBasisPoints, vestingSchedules } from "./vesting";

/** An amount of cents: a whole number up to `max`, with messages in dollars. */
function centsSchema(what: string, options: { positive: boolean; max: number }) {
  const amount = z
    .number({
      error: (issue) =>
        issue.input === undefined ? `Enter the ${what}` : `The ${what} must be a number`,
    })
    .int(`The ${what} must be a whole number of cents`);
  return (
    options.positive
      ? amount.positive(`The ${what} must be more than $0`)
      : amount.min(0, `The ${what} cannot be negative`)
  ).max(options.max, `The ${what} can be at most ${formatCents(options.max)}`);
}

/** A percentage from `min` to `max` with at most `decimals` decimal places. */
function percentSchema(what: string, min: number, max: number, decimals = RATE_DECIMALS) {
  return z
    .number({
      error: (issue) =>
        issue.input === undefined ? `Enter the ${what}` : `The ${what} must be a number`,
    })
    .min(min, `The ${what} must be at least ${min}%`)
    .max(max, `The ${what} can be at most ${max}%`)
    .refine(
      (n) => hasAtMostDecimals(n, decimals),
      `The ${what} can have at most ${decimals} decimal places`,
    );
}

/** An optional label; blank (as an empty form field sends it) means not given. */
const optionalLabel = (what: string) =>
  z
    .string({ error: `The ${what} must be text` })
    .trim()
    .max(120, `The ${what} can be at most 120 characters`)
    .transform((text) => (text === "" ? undefined : text))
    .optional();

const usStateCode = (what: string) =>
  z
    .string({ error: `The ${what} must be a US state code` })
    .trim()
    .toUpperCase()
    .refine(isUsState, `The ${what} must be one of the 50 US states or DC (two-letter code)`);

const MAX_OTHER_BENEFITS = 6;

/** 401(k) match, ESPP and other yearly cash-equivalents; all off when left out. */
export const benefitsSchema = z.object({
  retirementMatchPercent: percentSchema("401(k) match", 0, 200).default(0),
  retirementMatchUpToPercent: percentSchema("share of base matched", 0, 100).default(0),
  includeRetirementMatch: z.boolean({ error: "Say whether the match counts" }).default(true),
  esppDiscountPercent: percentSchema("ESPP discount", 0, 50).default(0),
  esppContributionPercent: percentSchema("ESPP contribution", 0, 100).default(0),
  esppLookback: z.boolean({ error: "Say whether the ESPP has a lookback" }).default(false),
  includeEspp: z.boolean({ error: "Say whether the ESPP gain counts" }).default(true),
  otherItems: z
    .array(
      z.object({
        label: z
          .string({ error: "Name the benefit" })
          .trim()
          .min(1, "Name the benefit")
          .max(60, "A benefit's name can be at most 60 characters"),
        yearlyAmountCents: centsSchema("benefit's yearly amount", {
          positive: false,
          max: MAX_BASE_SALARY_CENTS,
        }),
        include: z.boolean({ error: "Say whether the benefit counts" }).default(true),
      }),
      { error: "Other benefits must be a list" },
    )
    .max(MAX_OTHER_BENEFITS, `List at most ${MAX_OTHER_BENEFITS} other benefits`)
    .default([]),
});

/** Expected growth and volatility of the equity's price, for the risk bands. */
export const equityRiskSchema = z
  .object({
    preset: z.enum(equityRiskPresets, { error: "Choose a risk preset or enter your own figures" }),
    growthPercent: percentSchema(
      "expected yearly equity growth",
      MIN_EQUITY_RISK_GROWTH_PERCENT,
      MAX_EQUITY_RISK_GROWTH_PERCENT,
    ),
    volatilityPercent: percentSchema("yearly volatility", 0, MAX_VOLATILITY_PERCENT),
  })
  .superRefine((risk, ctx) => {
    if (risk.preset === "custom") return;
    const preset = equityRiskPresetInfo[risk.preset];
    if (
      risk.growthPercent !== preset.growthPercent ||
      risk.volatilityPercent !== preset.volatilityPercent
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["preset"],
        message: `The ${preset.label} preset is ${preset.growthPercent}% growth and ${preset.volatilityPercent}% volatility; choose "Your own figures" to enter others`,
      });
    }
  });

/**
 * Cross-field checks run when the fields they read parsed cleanly, so a form sees every
 * error at once rather than one layer at a time.
 */
function fieldsAreValid(...fields: string[]) {
  return (payload: { issues: readonly { path?: readonly PropertyKey[] | undefined }[] }) =>
    payload.issues.every((issue) => {
      const field = issue.path?.[0];
      return field !== undefined && !fields.includes(String(field));
    });
}

/**
 * What a user enters for one offer scenario; shared by the API and the UI forms.
 *
 * Units: every `…Cents` field is an integer number of minor units of `currency` (US cents by
 * default, which is what scenarios saved before currencies existed hold; whole yen for JPY); every `…Percent` field is a
 * percentage (12.5 means 12.5%). `customVestingPercents` is only read when
 * `vestingSchedule` is `custom` (a form may keep it while the user tries presets), and
 * `equityGrowthPercent` only when `equityPath` is `custom`.
 */
export const scenarioInputsSchema = z
  .object({
    name: z
      .string({ error: "Give the scenario a name" })
      .trim()
      .min(1, "Give the scenario a name")
      .max(100, "The name can be at most 100 characters"),
    company: optionalLabel("company"),
    level: optionalLabel("level"),
    location: optionalLabel("location"),
    baseSalaryCents: centsSchema("base salary", {
      positive: true,
      max: MAX_BASE_SALARY_CENTS,
    }),
    annualRaisePercent: percentSchema("annual raise", 0, 100).default(0),
    targetBonusPercent: percentSchema("target bonus", 0, 500).default(0),
    bonusPayoutPercent: percentSchema("expected bonus payout", 0, 300).default(100),
    signingBonusCents: centsSchema("signing bonus", {
      positive: false,
      max: MAX_GRANT_CENTS,
    }).default(0),
    signingSchedule: z
      .enum(signingSchedules, {
        error: "Choose when the signing bonus is paid: in year 1, or split over years 1 and 2",
      })
      .default("year1"),
    equityGrantCents: centsSchema("equity grant", {
      positive: false,
      max: MAX_GRANT_CENTS,
    }).default(0),
    vestingSchedule: z
      .enum(vestingSchedules, { error: "Choose a vesting schedule" })
      .default("even4_cliff"),
    customVestingPercents: z
      .array(percentSchema("yearly vesting percentage", 0, 100, 2), {
        error: "The custom schedule must be a list of yearly percentages",
      })
      .max(MAX_VESTING_YEARS, `A vesting schedule can be at most ${MAX_VESTING_YEARS} years long`)
      .default([]),
    refresherGrantCents: centsSchema("yearly refresher grant", {
      positive: false,
      max: MAX_GRANT_CENTS,
    }).default(0),
    equityPath: z
      .enum(equityPaths, { error: "Choose how the equity's value develops" })
      .default("flat"),
    equityGrowthPercent: percentSchema("yearly equity growth", -100, 1000).optional(),
    horizonYears: z
      .number({ error: "The horizon must be a number of years" })
      .int("The horizon must be a whole number of years")
      .min(MIN_HORIZON_YEARS, `The horizon must be at least ${MIN_HORIZON_YEARS} year`)
      .max(MAX_HORIZON_YEARS, `The horizon can be at most ${MAX_HORIZON_YEARS} years`)
      .default(4),
    currency: z
      .enum(currencies, { error: `Choose a currency: ${currencies.join(", ")}` })
      .default("USD"),
    /** The US state the job is in, for cost-of-living comparisons. */
    workState: usStateCode("work state").optional(),
    /** SOC code of the occupation, for the official wage percentiles. */
    occupationCode: z
      .string({ error: "The occupation must be a SOC code" })
      .trim()
      .regex(/^\d{2}-\d{4}$/, "The occupation must be a SOC code such as 15-1252")
      .optional(),
    /** Where the official percentiles are taken: "US" or a state. */
    wageArea: z
      .union([z.literal("US"), usStateCode("wage area")], {
        error: "The wage area must be US or a US state code",
      })
      .optional(),
    equityRisk: equityRiskSchema.optional(),
    benefits: benefitsSchema.prefault({}),
  })
  .superRefine(
    (s, ctx) => {
      if (s.vestingSchedule !== "custom") return;
      if (s.customVestingPercents.length === 0) {
        ctx.addIssue({
          code: "custom",
          path: ["customVestingPercents"],
          message: "Enter the percentage that vests in each year (at least one year)",
        });
        return;
      }
      const basisPoints = s.customVestingPercents.reduce(
        (sum, p) => sum + percentToBasisPoints(p),
        0,
      );
      if (basisPoints !== 10_000) {
        ctx.addIssue({
          code: "custom",
          path: ["customVestingPercents"],
          message: `The yearly percentages must add up to 100%; they add up to ${basisPoints / 100}%`,
        });
      }
    },
    { when: fieldsAreValid("vestingSchedule", "customVestingPercents") },
  )
  .superRefine(
    (s, ctx) => {
      if (s.equityPath === "custom" && s.equityGrowthPercent === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["equityGrowthPercent"],
          message: "Enter the yearly equity growth rate for a custom path",
        });
      }
    },
    { when: fieldsAreValid("equityPath", "equityGrowthPercent") },
  )
  .superRefine(
    (s, ctx) => {
      if (s.equityPath !== "custom" || s.equityGrowthPercent === undefined) return;
      // Keeps every modelled amount far inside the range where cents are exact.
      const granted = s.equityGrantCents + s.refresherGrantCents * (s.horizonYears - 1);
      const growth = Math.max(1, (1 + s.equityGrowthPercent / 100) ** s.horizonYears);
      if (granted * growth > MAX_MODELLED_EQUITY_CENTS) {
        ctx.addIssue({
          code: "custom",
          path: ["equityGrowthPercent"],
          message: `At this growth rate the equity would be worth more than ${formatCents(MAX_MODELLED_EQUITY_CENTS)}; use a lower rate or a shorter horizon`,
        });
      }
    },
    {
      when: fieldsAreValid(
        "equityPath",
        "equityGrowthPercent",
        "equityGrantCents",
        "refresherGrantCents",
        "horizonYears",
      ),
    },
  );

/** A validated scenario, defaults filled in. */
export type ScenarioInputs = z.output<typeof scenarioInputsSchema>;
/** A scenario as a form or API request may send it (fields with defaults may be left out). */
export type ScenarioInputsDraft = z.input<typeof scenarioInputsSchema>;
