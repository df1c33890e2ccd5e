import {
  currencies,
  currencyNames,
  isCurrency,
  signingSchedules,
  vestingPresets,
  vestingSchedules,
} from "@aiml/domain";
import { lazy, Suspense, useState } from "react";
import { Field } from "../ui/field";
import { SelectField } from "../ui/select-field";
import type { RetirementLimit } from "./benefit-fields";
import type { FieldErrors, FormValues, TextField } from "./form-values";

// The benefits and risk sections load their code when opened.
const BenefitFields = lazy(() => import("./benefit-fields"));
const RiskFields = lazy(() => import("./risk-fields"));
const PlaceFields = lazy(() => import("./place-fields"));

export interface Dimensions {
  companies: string[];
  levels: string[];
  locations: string[];
}

/** Occupations with official wage percentiles (SOC code and title), from the open data. */
import type { OccupationOption } from "./form-values";

export type { OccupationOption };

const pathNames: Record<string, string> = {
  bust: "Bust: worth nothing",
  flat: "Flat: worth what it was granted at",
  double: "Doubles by the end of the horizon",
  custom: "Custom yearly growth",
};
const signingNames: Record<string, string> = {
  year1: "All in year 1",
  split: "Split over years 1 and 2",
};

/** "$" for dollars (as the calculator has always said), the ISO code otherwise. */
export function currencyLabel(currency: string): string {
  return currency === "USD" || !isCurrency(currency) ? "$" : currency;
}

interface Props {
  values: FormValues;
  errors: FieldErrors;
  dimensions: Dimensions;
  occupations?: OccupationOption[];
  retirementLimit?: RetirementLimit | null;
  onChange: (patch: Partial<FormValues>) => void;
}

function LazySection({
  title,
  initiallyOpen,
  children,
}: {
  title: string;
  initiallyOpen: boolean;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className="group">
      <summary className="cursor-pointer text-base font-semibold">{title}</summary>
      {open && (
        <div className="mt-3">
          <Suspense fallback={<p className="text-sm">Loading…</p>}>{children}</Suspense>
        </div>
      )}
    </details>
  );
}

export function ScenarioFields({
  values,
  errors,
  dimensions,
  occupations = [],
  retirementLimit = null,
  onChange,
}: Props) {
  const money = currencyLabel(values.currency);
  const text = (
    field: TextField,
    label: string,
    hint?: string,
    inputMode: "decimal" | "text" = "decimal",
  ) => (
    <Field label={label} error={errors[field]} hint={hint}>
      {(props) => (
        <input
          {...props}
          name={field}
          inputMode={inputMode}
          value={values[field]}
          onChange={(e) => onChange({ [field]: e.target.value })}
        />
      )}
    </Field>
  );
  const select = (field: TextField, label: string, options: [string, string][], hint?: string) => (
    <SelectField
      label={label}
      name={field}
      value={values[field]}
      options={options}
      error={errors[field]}
      hint={hint}
      onChange={(value) => onChange({ [field]: value })}
    />
  );
  const optional = (items: string[]): [string, string][] => [
    ["", "—"],
    ...items.map((i): [string, string] => [i, i]),
  ];
  const hasBenefits =
    values.matchPercent !== "0" ||
    values.esppContributionPercent !== "0" ||
    values.otherBenefits.length > 0;

  return (
    <div className="grid gap-6">
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">The offer</legend>
        {text("name", "Scenario name", undefined, "text")}
        {select(
          "currency",
          "Currency of the offer",
          currencies.map((c): [string, string] => [c, `${c} — ${currencyNames[c]}`]),
        )}
        {select("company", "Company (optional)", optional(dimensions.companies))}
        {select("level", "Level (optional)", optional(dimensions.levels))}
        {select("location", "Location (optional)", optional(dimensions.locations))}
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">Cash</legend>
        {text("baseSalary", `Base salary (${money} per year)`)}
        {text("annualRaisePercent", "Annual raise (%)")}
        {text("targetBonusPercent", "Target bonus (% of base)")}
        {text(
          "bonusPayoutPercent",
          "Expected bonus payout (% of target)",
          "100 means the target is paid in full",
        )}
        {text("signingBonus", `Signing bonus (${money})`)}
        {select(
          "signingSchedule",
          "Signing bonus paid",
          signingSchedules.map((s): [string, string] => [s, signingNames[s] ?? s]),
        )}
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">Equity</legend>
        {text("equityGrant", `Equity grant (${money}, value at grant)`)}
        {select(
          "vestingSchedule",
          "Vesting schedule",
          vestingSchedules.map((s): [string, string] => [
            s,
            s === "custom" ? "Custom yearly percentages" : vestingPresets[s].label,
          ]),
        )}
        {values.vestingSchedule === "custom" &&
          text(
            "customVestingPercents",
            "Custom schedule (% per year)",
            "e.g. 10, 20, 30, 40: must add up to 100",
            "text",
          )}
        {text(
          "refresherGrant",
          `Yearly refresher grant (${money})`,
          "Granted each year from year 2, vesting on the same schedule",
        )}
        {select("equityPath", "Equity value", Object.entries(pathNames))}
        {values.equityPath === "custom" &&
          text(
            "equityGrowthPercent",
            "Yearly equity growth (%)",
            "Negative for a falling share price",
          )}
      </fieldset>
      <LazySection
        title="Cost of living and official pay"
        initiallyOpen={values.workState !== "" || values.occupationCode !== ""}
      >
        <PlaceFields
          values={values}
          errors={errors}
          occupations={occupations}
          onChange={onChange}
        />
      </LazySection>
      <LazySection title="Equity risk bands" initiallyOpen={values.riskPreset !== ""}>
        <RiskFields values={values} errors={errors} onChange={onChange} />
      </LazySection>
      <LazySection title="Benefits (401(k), ESPP, others)" initiallyOpen={hasBenefits}>
        <BenefitFields
          values={values}
          errors={errors}
          currencyLabel={money}
          retirementLimit={retirementLimit}
          onChange={onChange}
        />
      </LazySection>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">Horizon</legend>
        {text("horizonYears", "Years to model (1–10)")}
      </fieldset>
    </div>
  );
}
