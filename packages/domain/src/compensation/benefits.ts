import { type EquityGrowth, modelledValue } from "./equity-path";
import { type Cents, divideRounded, toCents } from "./money";
import { percentToRateUnits, RATE_ONE } from "./rates";

/** A scenario's benefits, as validated by the schema (percentages as entered). */
export interface BenefitsInputs {
  /** Share of the employee's 401(k) contributions the employer matches (50 = 50%). */
  retirementMatchPercent: number;
  /** Contributions are matched up to this share of the year's base salary. */
  retirementMatchUpToPercent: number;
  includeRetirementMatch: boolean;
  /** Discount on the share price (15 = shares at 85%). */
  esppDiscountPercent: number;
  /** Share of the year's base salary put into the ESPP. */
  esppContributionPercent: number;
  /** Whether the purchase price uses the lower of the offering's start and end prices. */
  esppLookback: boolean;
  includeEspp: boolean;
  otherItems: { label: string; yearlyAmountCents: Cents; include: boolean }[];
}

export const noBenefits: BenefitsInputs = {
  retirementMatchPercent: 0,
  retirementMatchUpToPercent: 0,
  includeRetirementMatch: true,
  esppDiscountPercent: 0,
  esppContributionPercent: 0,
  esppLookback: false,
  includeEspp: true,
  otherItems: [],
};

export interface YearBenefits {
  retirementMatch: Cents;
  esppGain: Cents;
  /** One amount per entry of `otherItems`, in order. */
  otherItems: Cents[];
  /** The lines marked as included, added up: what counts towards the year's total. */
  included: Cents;
}

/**
 * One year's benefits from that year's base salary (minor units), exactly:
 * - 401(k) match: match % × (the contributions matched: up-to % × base, capped at the
 *   yearly elective-deferral limit when one is given, since the employee cannot defer more);
 * - ESPP gain: the year's contributions C = contribution % × base buy shares at a discount
 *   worth C / (1 − discount) at purchase; with a lookback over a one-year offering the price
 *   paid is the lower of the start and end prices, so a price rise on the scenario's equity
 *   path adds to the gain. The gain is that worth minus C (sold at purchase);
 * - other items: their yearly amounts as entered.
 * Every amount is rounded once to the nearest minor unit (halves up).
 */
export function yearBenefits(
  baseCents: Cents,
  benefits: BenefitsInputs,
  growth: EquityGrowth,
  deferralLimitCents: Cents | null,
): YearBenefits {
  const base = BigInt(baseCents);
  let matchedBasis = divideRounded(
    base * percentToRateUnits(benefits.retirementMatchUpToPercent),
    RATE_ONE,
  );
  if (deferralLimitCents !== null && matchedBasis > BigInt(deferralLimitCents)) {
    matchedBasis = BigInt(deferralLimitCents);
  }
  const retirementMatch = toCents(
    divideRounded(matchedBasis * percentToRateUnits(benefits.retirementMatchPercent), RATE_ONE),
  );

  const contribution = divideRounded(
    base * percentToRateUnits(benefits.esppContributionPercent),
    RATE_ONE,
  );
  const discount = percentToRateUnits(benefits.esppDiscountPercent);
  let esppGain = 0;
  if (contribution > 0n && discount < RATE_ONE) {
    const atPurchase = toCents(divideRounded(contribution * RATE_ONE, RATE_ONE - discount));
    const worth = benefits.esppLookback
      ? Math.max(atPurchase, modelledValue(atPurchase, 1, growth))
      : atPurchase;
    esppGain = worth - toCents(contribution);
  }

  const otherItems = benefits.otherItems.map((item) => item.yearlyAmountCents);
  const included =
    (benefits.includeRetirementMatch ? retirementMatch : 0) +
    (benefits.includeEspp ? esppGain : 0) +
    benefits.otherItems.reduce((sum, item) => sum + (item.include ? item.yearlyAmountCents : 0), 0);
  return { retirementMatch, esppGain, otherItems, included };
}
