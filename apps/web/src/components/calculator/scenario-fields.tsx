import { signingSchedules, vestingPresets, vestingSchedules } from "@aiml/domain";
import { Field } from "../ui/field";
import { SelectField } from "../ui/select-field";
import type { FieldErrors, FormValues } from "./form-values";

export interface Dimensions {
  companies: string[];
  levels: string[];
  locations: string[];
}

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

interface Props {
  values: FormValues;
  errors: FieldErrors;
  dimensions: Dimensions;
  onChange: (field: keyof FormValues, value: string) => void;
}

export function ScenarioFields({ values, errors, dimensions, onChange }: Props) {
  const text = (
    field: keyof FormValues,
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
          onChange={(e) => onChange(field, e.target.value)}
        />
      )}
    </Field>
  );
  const select = (field: keyof FormValues, label: string, options: [string, string][]) => (
    <SelectField
      label={label}
      name={field}
      value={values[field]}
      options={options}
      error={errors[field]}
      onChange={(value) => onChange(field, value)}
    />
  );
  const optional = (items: string[]): [string, string][] => [
    ["", "—"],
    ...items.map((i): [string, string] => [i, i]),
  ];

  return (
    <div className="grid gap-6">
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">The offer</legend>
        {text("name", "Scenario name", undefined, "text")}
        {select("company", "Company (optional)", optional(dimensions.companies))}
        {select("level", "Level (optional)", optional(dimensions.levels))}
        {select("location", "Location (optional)", optional(dimensions.locations))}
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">Cash</legend>
        {text("baseSalary", "Base salary ($ per year)")}
        {text("annualRaisePercent", "Annual raise (%)")}
        {text("targetBonusPercent", "Target bonus (% of base)")}
        {text(
          "bonusPayoutPercent",
          "Expected bonus payout (% of target)",
          "100 means the target is paid in full",
        )}
        {text("signingBonus", "Signing bonus ($)")}
        {select(
          "signingSchedule",
          "Signing bonus paid",
          signingSchedules.map((s): [string, string] => [s, signingNames[s] ?? s]),
        )}
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">Equity</legend>
        {text("equityGrant", "Equity grant ($, value at grant)")}
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
          "Yearly refresher grant ($)",
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
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">Horizon</legend>
        {text("horizonYears", "Years to model (1–10)")}
      </fieldset>
    </div>
  );
}
