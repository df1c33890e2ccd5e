import { Field } from "./field";

interface SelectFieldProps {
  label: string;
  name: string;
  value: string;
  /** [value, text] pairs, in order. */
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
}

/** A labelled select with its hint and error (see Field). */
export function SelectField({
  label,
  name,
  value,
  options,
  onChange,
  error,
  hint,
}: SelectFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(props) => (
        <select {...props} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map(([optionValue, text]) => (
            <option key={optionValue} value={optionValue}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
