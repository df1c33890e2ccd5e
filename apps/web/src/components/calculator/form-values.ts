import { defaultScenarioInputs, type ScenarioInputs, type ScenarioInputsDraft } from "@aiml/domain";

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
}

const dollars = (cents: number) => (cents / 100).toFixed(cents % 100 === 0 ? 0 : 2);

export function toFormValues(inputs: ScenarioInputs): FormValues {
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
  };
}

export const defaultFormValues = (): FormValues => toFormValues(defaultScenarioInputs);

/** "$280,000.50" → 28000050 cents; anything else is passed on as text for the schema to reject. */
function cents(text: string): number | string {
  const cleaned = text.replace(/[$,\s]/g, "");
  if (cleaned === "") return 0;
  if (!/^-?\d+(\.\d{1,2})?$/.test(cleaned)) return text;
  const [whole = "0", fraction = ""] = cleaned.replace("-", "").split(".");
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return cleaned.startsWith("-") ? -value : value;
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
  } as ScenarioInputsDraft;
}

export type FieldErrors = Partial<Record<keyof FormValues, string>>;

export type Validation =
  | { ok: true; inputs: ScenarioInputs; errors: FieldErrors }
  | { ok: false; errors: FieldErrors };
