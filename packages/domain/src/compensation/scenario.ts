import { yearBenefits } from "./benefits";
import { equityBands, type YearBand } from "./equity-bands";
import { type EquityGrowth, modelledValue, priceMultiplier } from "./equity-path";
import { scenarioGrants } from "./grants";
import { type Cents, divideRounded, sumCents, toCents } from "./money";
import { percentToRateUnits, RATE_ONE } from "./rates";
import type { ScenarioInputs } from "./schemas";

/** One year of a scenario. Every amount is in cents; `total` is exactly the sum of its parts. */
export interface ScenarioYear {
  /** 1-based year of employment. */
  year: number;
  base: Cents;
  bonus: Cents;
  signing: Cents;
  /** Equity vested this year at its modelled value (initial grant + refreshers). */
  equity: Cents;
  /** The part of `equity` that comes from the initial grant. */
  equityFromInitialGrant: Cents;
  /** The part of `equity` that comes from refresher grants. */
  equityFromRefreshers: Cents;
  /** Equity vested this year at its grant-date value (what it was worth when granted). */
  equityAtGrantValue: Cents;
  /** base + bonus + signing. */
  cash: Cents;
  /** Employer 401(k) match (listed whether or not it is included). */
  retirementMatch: Cents;
  /** ESPP gain at purchase (listed whether or not it is included). */
  esppGain: Cents;
  /** Other yearly benefits, one per item of the inputs, in order. */
  otherBenefits: Cents[];
  /** The benefits marked as included, added up. 0 when there are none. */
  benefitsIncluded: Cents;
  /** base + bonus + signing + equity + included benefits. */
  total: Cents;
  /** Share-price multiplier at the end of this year versus the initial grant date (display). */
  priceMultiplier: number;
}

export interface ScenarioTotals {
  base: Cents;
  bonus: Cents;
  signing: Cents;
  equity: Cents;
  equityFromInitialGrant: Cents;
  equityFromRefreshers: Cents;
  equityAtGrantValue: Cents;
  cash: Cents;
  retirementMatch: Cents;
  esppGain: Cents;
  benefitsIncluded: Cents;
  total: Cents;
}

/** What a scenario is computed with besides its inputs: admin-managed parameters. */
export interface ScenarioContext {
  /** The IRS elective-deferral limit for the year, in the scenario's minor units; null when
   * none is known (the 401(k) match is then not capped, and the result says so). */
  retirementDeferralLimitCents?: Cents | null;
}

export interface ScenarioResult {
  name: string;
  horizonYears: number;
  /** Years 1..horizon. */
  years: ScenarioYear[];
  /** Sums of the yearly rows (so each total is exactly the sum of the years). */
  totals: ScenarioTotals;
  /** Base + bonus + signing paid in year 1. */
  year1Cash: Cents;
  /** Everything over the horizon (`totals.total`). */
  totalOverHorizon: Cents;
  /** totalOverHorizon / horizon, rounded to the nearest cent (halves up). */
  annualizedTotal: Cents;
  /** Equity vested within the horizon at its grant-date value. */
  equityVestedAtGrantValue: Cents;
  /** The same equity at its modelled value. */
  equityVestedAtModelledValue: Cents;
  /** Granted equity (initial + refreshers granted within the horizon) not yet vested at the
   * end of the horizon, at grant-date value. Not counted in any total. */
  unvestedEquityAtGrantValue: Cents;
  /** Signing bonus that falls after the horizon (a split bonus with a 1-year horizon). */
  signingAfterHorizon: Cents;
  /** The scenario's currency (its amounts are minor units of it). */
  currency: ScenarioInputs["currency"];
  /** Yearly 10th/50th/90th percentile bands of equity and total; null without a risk model. */
  bands: YearBand[] | null;
  /** The deferral limit the 401(k) match was capped at, or null when none was applied. */
  retirementDeferralLimitCents: Cents | null;
}

/**
 * Computes a scenario year by year from inputs already validated by `scenarioInputsSchema`
 * (`computeScenario` validates first).
 *
 * Model (whole years, amounts in cents, every rounding to the nearest cent with halves up):
 * - base: year 1 is the base salary; each later year is the previous year's (rounded) base
 *   plus the raise, rounded — as payroll would apply it;
 * - bonus: that year's base × target % × payout %, rounded once;
 * - signing: all in year 1, or split half and half over years 1 and 2 with the odd cent in
 *   year 1;
 * - equity: the initial grant at the start of year 1 and a refresher at the start of each
 *   year from year 2, each split across the years of the schedule by cumulative rounding
 *   (so each grant vests exactly its value at flat prices). A portion vesting at the end of
 *   year y is worth its grant-date value × the growth since its grant: (1+g)^(y − start + 1),
 *   which for the initial grant is (1+g)^y. A refresher's stated value is its value when it
 *   is granted, so growth before that date is not credited to it.
 */
export function computeValidScenario(
  inputs: ScenarioInputs,
  context: ScenarioContext = {},
): ScenarioResult {
  const deferralLimit = context.retirementDeferralLimitCents ?? null;
  const horizon = inputs.horizonYears;
  const growth: EquityGrowth = {
    path: inputs.equityPath,
    growthPercent: inputs.equityGrowthPercent,
    horizonYears: horizon,
  };
  const grants = scenarioGrants(inputs);

  const signingYear1 = Math.ceil(inputs.signingBonusCents / 2);
  const signingByYear =
    inputs.signingSchedule === "year1"
      ? [inputs.signingBonusCents, 0]
      : [signingYear1, inputs.signingBonusCents - signingYear1];

  const raise = percentToRateUnits(inputs.annualRaisePercent);
  const bonusRate =
    percentToRateUnits(inputs.targetBonusPercent) * percentToRateUnits(inputs.bonusPayoutPercent);

  const years: ScenarioYear[] = [];
  let base = BigInt(inputs.baseSalaryCents);
  for (let year = 1; year <= horizon; year++) {
    if (year > 1) base = divideRounded(base * (RATE_ONE + raise), RATE_ONE);
    const bonus = toCents(divideRounded(base * bonusRate, RATE_ONE * RATE_ONE));
    const signing = signingByYear[year - 1] ?? 0;

    let equityFromInitialGrant = 0;
    let equityFromRefreshers = 0;
    let equityAtGrantValue = 0;
    for (const grant of grants) {
      const vested = grant.vesting[year - grant.startYear] ?? 0;
      if (year < grant.startYear || vested === 0) continue;
      const value = modelledValue(vested, year - grant.startYear + 1, growth);
      equityAtGrantValue += vested;
      if (grant.initial) equityFromInitialGrant += value;
      else equityFromRefreshers += value;
    }
    const baseCents = toCents(base);
    const equity = equityFromInitialGrant + equityFromRefreshers;
    const cash = sumCents([baseCents, bonus, signing]);
    const benefits = yearBenefits(baseCents, inputs.benefits, growth, deferralLimit);
    years.push({
      year,
      base: baseCents,
      bonus,
      signing,
      equity,
      equityFromInitialGrant,
      equityFromRefreshers,
      equityAtGrantValue,
      cash,
      retirementMatch: benefits.retirementMatch,
      esppGain: benefits.esppGain,
      otherBenefits: benefits.otherItems,
      benefitsIncluded: benefits.included,
      total: sumCents([cash, equity, benefits.included]),
      priceMultiplier: priceMultiplier(year, growth),
    });
  }

  const sumOf = (key: keyof ScenarioTotals) => sumCents(years.map((y) => y[key]));
  const totals: ScenarioTotals = {
    base: sumOf("base"),
    bonus: sumOf("bonus"),
    signing: sumOf("signing"),
    equity: sumOf("equity"),
    equityFromInitialGrant: sumOf("equityFromInitialGrant"),
    equityFromRefreshers: sumOf("equityFromRefreshers"),
    equityAtGrantValue: sumOf("equityAtGrantValue"),
    cash: sumOf("cash"),
    retirementMatch: sumOf("retirementMatch"),
    esppGain: sumOf("esppGain"),
    benefitsIncluded: sumOf("benefitsIncluded"),
    total: sumOf("total"),
  };
  const unvested = sumCents(
    grants.flatMap((g) => g.vesting.filter((_, i) => g.startYear + i > horizon)),
  );

  return {
    name: inputs.name,
    horizonYears: horizon,
    years,
    totals,
    year1Cash: years[0]?.cash ?? 0,
    totalOverHorizon: totals.total,
    annualizedTotal: toCents(divideRounded(BigInt(totals.total), BigInt(horizon))),
    equityVestedAtGrantValue: totals.equityAtGrantValue,
    equityVestedAtModelledValue: totals.equity,
    unvestedEquityAtGrantValue: unvested,
    signingAfterHorizon: sumCents(signingByYear.slice(horizon)),
    currency: inputs.currency,
    bands: inputs.equityRisk ? equityBands(grants, years, inputs.equityRisk) : null,
    retirementDeferralLimitCents: deferralLimit,
  };
}
