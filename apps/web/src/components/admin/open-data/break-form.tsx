"use client";

import { useState } from "react";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";

export interface BreakValues {
  at: string;
  fromCodes: string;
  toCodes: string;
  description: string;
}

export const emptyBreak: BreakValues = { at: "", fromCodes: "", toCodes: "", description: "" };

/** Codes as an admin types them: separated by commas or spaces. */
export const codesOf = (text: string) => text.split(/[\s,]+/).filter((c) => c !== "");

/** A series break's date, SOC codes before and after, and reason (the API checks them again). */
export function BreakForm({
  initial,
  busy,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: BreakValues;
  busy: boolean;
  submitLabel: string;
  onSubmit: (values: BreakValues) => void;
  onCancel?: () => void;
}) {
  const [values, setValues] = useState(initial);
  const set = (name: keyof BreakValues) => (value: string) =>
    setValues((v) => ({ ...v, [name]: value }));
  const text = (name: keyof BreakValues, label: string, hint?: string, type = "text") => (
    <Field label={label} hint={hint}>
      {(props) => (
        <input
          {...props}
          type={type}
          name={name}
          required
          maxLength={name === "description" ? 2000 : 500}
          value={values[name]}
          onChange={(e) => set(name)(e.target.value)}
        />
      )}
    </Field>
  );
  return (
    <form
      className="grid grid-cols-1 gap-3 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(values);
      }}
    >
      {text("at", "Date of the change", "The first period under the new definition", "date")}
      {text("description", "Reason", "What changed, e.g. SOC 2018 split the code")}
      {text("fromCodes", "SOC codes before", "Separated by commas, e.g. 15-1256")}
      {text("toCodes", "SOC codes after", "e.g. 15-1252, 15-1253")}
      <div className="flex gap-3 sm:col-span-2">
        <Button variant="primary" submit disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="link" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
