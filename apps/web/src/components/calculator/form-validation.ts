import { scenarioInputsSchema } from "@aiml/domain";
import { type FieldErrors, type FormValues, toDraft, type Validation } from "./form-values";

// Loaded after the calculator first renders (see use-form-validation): zod is the largest
// part of the page's JavaScript and nothing needs it until a field changes.

/** Field name in the form for a schema path. */
const fieldForPath: Record<string, keyof FormValues> = {
  baseSalaryCents: "baseSalary",
  signingBonusCents: "signingBonus",
  equityGrantCents: "equityGrant",
  refresherGrantCents: "refresherGrant",
  equityRisk: "riskPreset",
  benefits: "matchPercent",
  "equityRisk.preset": "riskPreset",
  "equityRisk.growthPercent": "riskGrowthPercent",
  "equityRisk.volatilityPercent": "riskVolatilityPercent",
  "benefits.retirementMatchPercent": "matchPercent",
  "benefits.retirementMatchUpToPercent": "matchUpToPercent",
  "benefits.esppDiscountPercent": "esppDiscountPercent",
  "benefits.esppContributionPercent": "esppContributionPercent",
  "benefits.otherItems": "otherBenefits",
};

export function validate(values: FormValues): Validation {
  const parsed = scenarioInputsSchema.safeParse(toDraft(values));
  if (parsed.success) return { ok: true, inputs: parsed.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? "name");
    const nested = issue.path.slice(0, 2).map(String).join(".");
    const field = fieldForPath[nested] ?? fieldForPath[key] ?? (key as keyof FormValues);
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
