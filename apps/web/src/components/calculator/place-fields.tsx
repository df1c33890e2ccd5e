import { usStateCodes, usStates } from "@aiml/domain";
import { Field } from "../ui/field";
import type { FieldErrors, FormValues, OccupationOption, TextField } from "./form-values";

// Loaded when the section is opened (see scenario-fields).

interface Props {
  values: FormValues;
  errors: FieldErrors;
  occupations: OccupationOption[];
  onChange: (patch: Partial<FormValues>) => void;
}

export default function PlaceFields({ values, errors, occupations, onChange }: Props) {
  const states: [string, string][] = usStateCodes.map((code) => [code, usStates[code]]);
  const select = (field: TextField, label: string, options: [string, string][], hint?: string) => (
    <Field label={label} error={errors[field]} hint={hint}>
      {(props) => (
        <select
          {...props}
          name={field}
          value={values[field]}
          onChange={(e) => onChange({ [field]: e.target.value })}
        >
          {options.map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <div className="grid gap-3 sm:grid-cols-2" data-testid="place-fields">
      {select(
        "workState",
        "US state of the job",
        [["", "—"], ...states],
        "For cost-of-living comparisons",
      )}
      {occupations.length > 0 &&
        select("occupationCode", "Occupation", [
          ["", "—"],
          ...occupations.map((o): [string, string] => [o.code, `${o.title} (${o.code})`]),
        ])}
      {occupations.length > 0 &&
        select(
          "wageArea",
          "Official pay figures for",
          [["", "—"], ["US", "United States"], ...states],
          "BLS wages are base pay only: no bonus or equity",
        )}
    </div>
  );
}
