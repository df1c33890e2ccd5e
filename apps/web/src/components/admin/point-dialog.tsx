"use client";

import {
  checkDataPoints,
  type DataPointInput,
  dimensionNames,
  metricCatalog,
  metrics,
  statistics,
  unitNames,
  units,
} from "@aiml/domain";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { Field } from "../ui/field";
import { SelectField } from "../ui/select-field";
import { primaryButton, secondaryButton } from "../ui/styles";
import {
  type PointFormErrors,
  type PointFormValues,
  type PointTextField,
  parsePointValues,
} from "./point-form";

const dimensionLabels: Record<(typeof dimensionNames)[number], string> = {
  role: "Role",
  company: "Company",
  industry: "Industry",
  level: "Level",
  location: "Location",
  specialization: "Specialization",
  skill: "Skill",
  education: "Education",
};

interface Props {
  mode: "new" | "edit";
  initial: PointFormValues;
  /** Saved rows keep their key; rows not saved yet may change it. */
  editableKey: boolean;
  /** For a new row: a message when the key is already used, else null. */
  checkKey?: (key: string) => Promise<string | null>;
  onSubmit: (point: DataPointInput) => void;
  onClose: () => void;
}

/**
 * One row of the draft in a modal dialog (focus stays inside; Escape cancels). Checked with the
 * API's schema, and the single-row quality rules as a preview; saving happens with the draft.
 */
export function PointDialog({ mode, initial, editableKey, checkKey, onSubmit, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [keyError, setKeyError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);

  // After a rejected submit, take the keyboard (and the eye) to the first field to fix.
  useEffect(() => {
    if (failedSubmits === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failedSubmits]);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const parsed = useMemo(() => parsePointValues(values), [values]);
  const errors: PointFormErrors = {
    ...(submitted && !parsed.ok ? parsed.errors : {}),
    ...(keyError ? { key: keyError } : {}),
  };
  const rowChecks = useMemo(
    () =>
      parsed.ok ? checkDataPoints([parsed.point]).filter((i) => i.severity === "warning") : [],
    [parsed],
  );

  const set = (field: keyof PointFormValues, value: string | boolean) => {
    if (field === "key") setKeyError(null);
    setValues((v) => ({ ...v, [field]: value }));
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!parsed.ok) {
      setFailedSubmits((n) => n + 1);
      return;
    }
    if (checkKey) {
      setChecking(true);
      try {
        const problem = await checkKey(parsed.point.key);
        if (problem) {
          setKeyError(problem);
          setFailedSubmits((n) => n + 1);
          return;
        }
      } finally {
        setChecking(false);
      }
    }
    onSubmit(parsed.point);
    ref.current?.close();
  };

  const text = (
    field: PointTextField,
    label: string,
    options: { hint?: string; readOnly?: boolean; inputMode?: "decimal" | "numeric" } = {},
  ) => (
    <Field label={label} error={errors[field]} hint={options.hint}>
      {(props) => (
        <input
          {...props}
          name={field}
          value={values[field]}
          readOnly={options.readOnly}
          inputMode={options.inputMode}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </Field>
  );
  const longText = (field: PointTextField, label: string) => (
    <Field label={label} error={errors[field]}>
      {(props) => (
        <textarea
          {...props}
          name={field}
          rows={2}
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </Field>
  );
  const select = (field: PointTextField, label: string, options: [string, string][]) => (
    <SelectField
      label={label}
      name={field}
      value={values[field]}
      options={options}
      error={errors[field]}
      onChange={(value) => set(field, value)}
    />
  );
  const flag = (field: "highOpen" | "approximate", label: string) => (
    <label className="flex items-center gap-2 text-sm">
      <input
        type="checkbox"
        name={field}
        checked={values[field]}
        onChange={(e) => set(field, e.target.checked)}
      />
      {label}
    </label>
  );

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      data-testid="point-dialog"
      className="m-auto max-h-[calc(100dvh-1rem)] w-[calc(100%-1rem)] max-w-3xl overflow-y-auto rounded-lg bg-white p-4 text-slate-900 backdrop:bg-slate-950/60 sm:p-6 dark:bg-slate-900 dark:text-slate-100"
    >
      <form ref={formRef} onSubmit={submit} noValidate className="grid grid-cols-1 gap-5">
        <h2 id={titleId} className="text-lg font-semibold">
          {mode === "new" ? "Add a row" : `Edit row ${initial.key}`}
        </h2>
        <fieldset className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <legend className="mb-1 text-sm font-semibold">The row</legend>
          {text("key", "Key", {
            hint: editableKey
              ? "Unique in the dataset: lowercase letters, digits, dots, hyphens, underscores."
              : "A saved row's key cannot change: delete the row and add a new one instead.",
            readOnly: !editableKey,
          })}
          {text("label", "Label")}
        </fieldset>
        <fieldset className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <legend className="mb-1 text-sm font-semibold">The figure</legend>
          <div className="sm:col-span-3">
            {select("metric", "Metric", [
              ["", "Choose a metric…"],
              ...metrics.map((m): [string, string] => [m, `${m}: ${metricCatalog[m]}`]),
            ])}
          </div>
          {select(
            "statistic",
            "Statistic",
            statistics.map((s): [string, string] => [s, s]),
          )}
          <div className="sm:col-span-2">
            {select(
              "unit",
              "Unit",
              units.map((u): [string, string] => [u, `${u} (${unitNames[u]})`]),
            )}
          </div>
          {text("value", "Value", { inputMode: "decimal" })}
          {text("low", "Low", { inputMode: "decimal" })}
          {text("high", "High", { inputMode: "decimal" })}
          <div className="flex flex-wrap gap-x-6 gap-y-2 sm:col-span-3">
            {flag("highOpen", "Open-ended top (“or more”)")}
            {flag("approximate", "Approximate (“about”)")}
          </div>
        </fieldset>
        <fieldset className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <legend className="mb-1 text-sm font-semibold">Whom it is about (optional)</legend>
          {dimensionNames.map((d) => (
            <div key={d}>{text(d, dimensionLabels[d])}</div>
          ))}
          {text("year", "Year", { inputMode: "numeric" })}
          {text("baseYear", "Base year", { inputMode: "numeric" })}
        </fieldset>
        <fieldset className="grid grid-cols-1 gap-3">
          <legend className="mb-1 text-sm font-semibold">Where it comes from (optional)</legend>
          {text("document", "Source document id", {
            hint: "The id of a document on the sources page, e.g. 001_c0608c5ff0a8a3af.",
          })}
          {longText("quote", "Quote")}
          {longText("note", "Note")}
        </fieldset>
        {rowChecks.length > 0 && (
          <div
            role="status"
            className="rounded bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
          >
            <p className="font-medium">Worth a second look (this does not block saving):</p>
            <ul className="mt-1 list-disc pl-5">
              {rowChecks.map((c) => (
                <li key={`${c.code}-${c.field ?? ""}`}>{c.message}</li>
              ))}
            </ul>
          </div>
        )}
        {submitted && !parsed.ok && (
          <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
            Fix the fields marked above.
          </p>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={checking} className={primaryButton}>
            {checking ? "Checking…" : mode === "new" ? "Add row" : "Update row"}
          </button>
          <button type="button" className={secondaryButton} onClick={() => ref.current?.close()}>
            Cancel
          </button>
          <span className="text-xs text-slate-600 dark:text-slate-400">
            Changes stay on this page until you save the draft.
          </span>
        </div>
      </form>
    </dialog>
  );
}
