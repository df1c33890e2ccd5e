import {
  type Currency,
  defaultScenarioInputs,
  isCurrency,
  minorToDecimalString,
  parseMajorUnits,
  type ScenarioInputs,
  type ScenarioInputsDraft,
} from "@aiml/domain";

/** One "other benefit" row as typed. */
export interface OtherBenefitValues {
  label: string;
  amount: string;
  include: boolean;
}

/** The calculator's fields as the user types them: money in dollars, lists as text. */
export interface FormValues {
  name: string;
  company: string;
  level: string;
  location: string;
  baseSalary: string;
  annualRaisePercent: string;
  targetBonusPercent: string;
  bonusPayoutPercent: string;
  signingBonus: string;
  signingSchedule: string;
  equityGrant: string;
  vestingSchedule: string;
  customVestingPercents: string;
  refresherGrant: string;
  equityPath: string;
  equityGrowthPercent: string;
  horizonYears: string;
  currency: string;
  workState: string;
  occupationCode: string;
  wageArea: string;
  /** "" for no risk bands, a preset, or "custom". */
  riskPreset: string;
  riskGrowthPercent: string;
  riskVolatilityPercent: string;
  matchPercent: string;
  matchUpToPercent: string;
  includeMatch: string;
  esppDiscountPercent: string;
  esppContributionPercent: string;
  esppLookback: string;
  includeEspp: string;
  otherBenefits: OtherBenefitValues[];
}

/** The fields typed as text or picked from a list (all but the benefit rows). */
export type TextField = Exclude<keyof FormValues, "otherBenefits">;

/** Minor units as typed in the form: whole amounts without decimals. */
function major(minor: number, currency: Currency): string {
  const text = minorToDecimalString(minor, currency);
  return text.replace(/\.0+$/, "");
}

const yesNo = (b: boolean) => (b ? "yes" : "no");

export function toFormValues(inputs: ScenarioInputs): FormValues {
  const currency = inputs.currency;
  const dollars = (minor: number) => major(minor, currency);
  const b = inputs.benefits;
  return {
    name: inputs.name,
    company: inputs.company ?? "",
    level: inputs.level ?? "",
    location: inputs.location ?? "",
    baseSalary: dollars(inputs.baseSalaryCents),
    annualRaisePercent: String(inputs.annualRaisePercent),
    targetBonusPercent: String(inputs.targetBonusPercent),
    bonusPayoutPercent: String(inputs.bonusPayoutPercent),
    signingBonus: dollars(inputs.signingBonusCents),
    signingSchedule: inputs.signingSchedule,
    equityGrant: dollars(inputs.equityGrantCents),
    vestingSchedule: inputs.vestingSchedule,
    customVestingPercents: inputs.customVestingPercents.join(", "),
    refresherGrant: dollars(inputs.refresherGrantCents),
    equityPath: inputs.equityPath,
    equityGrowthPercent:
      inputs.equityGrowthPercent === undefined ? "" : String(inputs.equityGrowthPercent),
    horizonYears: String(inputs.horizonYears),
    currency,
    workState: inputs.workState ?? "",
    occupationCode: inputs.occupationCode ?? "",
    wageArea: inputs.wageArea ?? "",
    riskPreset: inputs.equityRisk?.preset ?? "",
    riskGrowthPercent:
      inputs.equityRisk === undefined ? "" : String(inputs.equityRisk.growthPercent),
    riskVolatilityPercent:
      inputs.equityRisk === undefined ? "" : String(inputs.equityRisk.volatilityPercent),
    matchPercent: String(b.retirementMatchPercent),
    matchUpToPercent: String(b.retirementMatchUpToPercent),
    includeMatch: yesNo(b.includeRetirementMatch),
    esppDiscountPercent: String(b.esppDiscountPercent),
    esppContributionPercent: String(b.esppContributionPercent),
    esppLookback: yesNo(b.esppLookback),
    includeEspp: yesNo(b.includeEspp),
    otherBenefits: b.otherItems.map((item) => ({
      label: item.label,
      amount: dollars(item.yearlyAmountCents),
      include: item.include,
    })),
  };
}

export const defaultFormValues = (): FormValues => toFormValues(defaultScenarioInputs);

/**
 * "$280,000.50" → 28000050 minor units of the currency; anything else is passed on as text
 * for the schema to reject.
 */
function minorUnits(text: string, currency: Currency): number | string {
  const cleaned = text.replace(/[$€£¥₹,\s]/g, "");
  if (cleaned === "") return 0;
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return text;
  return parseMajorUnits(cleaned, currency) ?? text;
}

function number(text: string): number | string | undefined {
  const cleaned = text.replace(/[%\s]/g, "");
  if (cleaned === "") return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : text;
}

function numberList(text: string): (number | string)[] {
  return text
    .split(/[,;\s]+/)
    .filter((p) => p !== "")
    .map((p) => {
      const n = Number(p.replace("%", ""));
      return Number.isFinite(n) ? n : p;
    });
}

/** The form's values as the shared schema reads them. */
export function toDraft(values: FormValues): ScenarioInputsDraft {
  const currency: Currency = isCurrency(values.currency) ? values.currency : "USD";
  const cents = (text: string) => minorUnits(text, currency);
  const optional = (text: string) => (text.trim() === "" ? undefined : text);
  return {
    name: values.name,
    company: values.company,
    level: values.level,
    location: values.location,
    baseSalaryCents: cents(values.baseSalary),
    annualRaisePercent: number(values.annualRaisePercent),
    targetBonusPercent: number(values.targetBonusPercent),
    bonusPayoutPercent: number(values.bonusPayoutPercent),
    signingBonusCents: cents(values.signingBonus),
    signingSchedule: values.signingSchedule,
    equityGrantCents: cents(values.equityGrant),
    vestingSchedule: values.vestingSchedule,
    customVestingPercents: numberList(values.customVestingPercents),
    refresherGrantCents: cents(values.refresherGrant),
    equityPath: values.equityPath,
    equityGrowthPercent: number(values.equityGrowthPercent),
    horizonYears: number(values.horizonYears),
    currency: values.currency,
    workState: optional(values.workState),
    occupationCode: optional(values.occupationCode),
    wageArea: optional(values.wageArea),
    equityRisk:
      values.riskPreset === ""
        ? undefined
        : {
            preset: values.riskPreset,
            growthPercent: number(values.riskGrowthPercent),
            volatilityPercent: number(values.riskVolatilityPercent),
          },
    benefits: {
      retirementMatchPercent: number(values.matchPercent) ?? 0,
      retirementMatchUpToPercent: number(values.matchUpToPercent) ?? 0,
      includeRetirementMatch: values.includeMatch !== "no",
      esppDiscountPercent: number(values.esppDiscountPercent) ?? 0,
      esppContributionPercent: number(values.esppContributionPercent) ?? 0,
      esppLookback: values.esppLookback === "yes",
      includeEspp: values.includeEspp !== "no",
      otherItems: values.otherBenefits.map((item) => ({
        label: item.label,
        yearlyAmountCents: cents(item.amount),
        include: item.include,
      })),
    },
  } as ScenarioInputsDraft;
}

export type FieldErrors = Partial<Record<keyof FormValues, string>>;

export type Validation =
  | { ok: true; inputs: ScenarioInputs; errors: FieldErrors }
  | { ok: false; errors: FieldErrors };

/** An occupation the market-position picker offers (SOC code and title). */
export interface OccupationOption {
  code: string;
  title: string;
}
