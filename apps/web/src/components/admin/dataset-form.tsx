"use client";

import {
  type DatasetMetadata,
  datasetMetadataSchema,
  datePrecisions,
  openDataFormats,
} from "@aiml/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { Field } from "../calculator/field";
import { isHttpUrl } from "./format";
import { apiProblem } from "./trpc-error";
import { alertBox, okBox, primaryButton } from "./ui";

type FieldName = keyof DatasetMetadata;
type Values = Record<FieldName, string>;
type Errors = Partial<Record<FieldName, string>>;

const precisionNames: Record<(typeof datePrecisions)[number], string> = {
  year: "Year (only the year is known)",
  month: "Month",
  day: "Day",
};

const requiredMessages: Partial<Record<FieldName, string>> = {
  slug: "Enter a slug, e.g. levels-fyi-2026",
  title: "Enter a title",
  publisher: "Enter the publisher",
  asOf: "Enter the date the figures describe",
};

const emptyValues: Values = {
  slug: "",
  title: "",
  publisher: "",
  sourceUrl: "",
  asOf: "",
  asOfPrecision: "day",
  methodology: "",
  licenceName: "",
  licenceUrl: "",
  attribution: "",
  importFormat: "",
};

function toValues(metadata: DatasetMetadata): Values {
  return {
    slug: metadata.slug,
    title: metadata.title,
    publisher: metadata.publisher,
    sourceUrl: metadata.sourceUrl ?? "",
    asOf: metadata.asOf,
    asOfPrecision: metadata.asOfPrecision,
    methodology: metadata.methodology ?? "",
    licenceName: metadata.licenceName ?? "",
    licenceUrl: metadata.licenceUrl ?? "",
    attribution: metadata.attribution ?? "",
    importFormat: metadata.importFormat ?? "",
  };
}

/** The form's text as the shared schema reads it: blank optional fields are left out. */
function validate(
  values: Values,
): { ok: true; metadata: DatasetMetadata } | { ok: false; errors: Errors } {
  const blankToUndefined = (v: string) => (v.trim() === "" ? undefined : v);
  const parsed = datasetMetadataSchema.safeParse({
    slug: values.slug,
    title: values.title,
    publisher: values.publisher,
    sourceUrl: blankToUndefined(values.sourceUrl),
    asOf: values.asOf,
    asOfPrecision: values.asOfPrecision,
    methodology: blankToUndefined(values.methodology),
    licenceName: blankToUndefined(values.licenceName),
    licenceUrl: blankToUndefined(values.licenceUrl),
    attribution: blankToUndefined(values.attribution),
    importFormat: blankToUndefined(values.importFormat),
  });
  if (parsed.success) return { ok: true, metadata: parsed.data };
  const errors: Errors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "title") as FieldName;
    const blank = (values[field] ?? "").trim() === "";
    errors[field] ??= (blank && requiredMessages[field]) || issue.message;
  }
  return { ok: false, errors };
}

type Mode = { kind: "new" } | { kind: "edit"; id: string; metadata: DatasetMetadata };

/** A dataset's metadata: checked in the browser with the API's own schema, then by the API. */
export function DatasetForm({ mode }: { mode: Mode }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() =>
    mode.kind === "edit" ? toValues(mode.metadata) : emptyValues,
  );
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Errors>({});
  const [status, setStatus] = useState<{ kind: "saved" | "error"; message: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);

  // After a rejected submit, take the keyboard (and the eye) to the first field to fix.
  useEffect(() => {
    if (failedSubmits === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failedSubmits]);

  const validation = validate(values);
  const errors: Errors = {
    ...(submitted && !validation.ok ? validation.errors : {}),
    ...serverErrors,
  };

  const onError = (error: unknown) => {
    const problem = apiProblem(error, "Saving failed.");
    const fieldErrors: Errors = {};
    if (problem.code === "CONFLICT") fieldErrors.slug = problem.message;
    setServerErrors(fieldErrors);
    setStatus({ kind: "error", message: problem.message });
    if (fieldErrors.slug) setFailedSubmits((n) => n + 1);
  };
  const create = useMutation(
    trpc.admin.datasets.create.mutationOptions({
      onSuccess: async (dataset) => {
        await queryClient.invalidateQueries(trpc.admin.pathFilter());
        router.push(`/admin/datasets/${dataset.id}`);
      },
      onError,
    }),
  );
  const update = useMutation(
    trpc.admin.datasets.update.mutationOptions({
      onSuccess: async () => {
        setStatus({ kind: "saved", message: "Saved." });
        await queryClient.invalidateQueries(trpc.admin.pathFilter());
      },
      onError,
    }),
  );
  const saving = create.isPending || update.isPending;

  const onChange = (field: FieldName, value: string) => {
    setStatus(null);
    setServerErrors(({ [field]: _cleared, ...rest }) => rest);
    setValues((v) => ({ ...v, [field]: value }));
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!validation.ok) {
      setStatus({ kind: "error", message: "Fix the fields marked above; nothing was saved." });
      setFailedSubmits((n) => n + 1);
      return;
    }
    if (mode.kind === "edit") update.mutate({ id: mode.id, metadata: validation.metadata });
    else create.mutate({ metadata: validation.metadata });
  };

  const text = (field: FieldName, label: string, hint?: string, type = "text") => (
    <Field label={label} error={errors[field]} hint={hint}>
      {(props) => (
        <input
          {...props}
          type={type}
          name={field}
          value={values[field]}
          onChange={(e) => onChange(field, e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      aria-label="Dataset details"
      className="grid max-w-3xl gap-4"
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {text("title", "Title")}
        {text("publisher", "Publisher")}
        {text(
          "slug",
          "Slug",
          "Its address on the sources page: lowercase letters, digits and single hyphens.",
        )}
        <div>
          {text("sourceUrl", "Source URL (optional)", "An http:// or https:// address.", "url")}
          {isHttpUrl(values.sourceUrl) && !errors.sourceUrl && (
            <a
              href={values.sourceUrl}
              target="_blank"
              rel="noopener noreferrer nofollow"
              className="mt-1 inline-block text-xs underline"
            >
              Open the source<span className="sr-only"> (opens in a new tab)</span>
            </a>
          )}
        </div>
        {text("asOf", "As of", "The date the figures describe.", "date")}
        <Field label="As-of precision" error={errors.asOfPrecision}>
          {(props) => (
            <select
              {...props}
              name="asOfPrecision"
              value={values.asOfPrecision}
              onChange={(e) => onChange("asOfPrecision", e.target.value)}
            >
              {datePrecisions.map((p) => (
                <option key={p} value={p}>
                  {precisionNames[p]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        label="Methodology (optional)"
        error={errors.methodology}
        hint="How the publisher collected the figures, and anything a reader should know."
      >
        {(props) => (
          <textarea
            {...props}
            name="methodology"
            rows={4}
            value={values.methodology}
            onChange={(e) => onChange("methodology", e.target.value)}
          />
        )}
      </Field>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {text("licenceName", "Licence (optional)", "e.g. CC BY 4.0")}
        {text("licenceUrl", "Licence URL (optional)", "An http:// or https:// address.", "url")}
        {text(
          "attribution",
          "Attribution (optional)",
          "The credit line shown with every figure, e.g. Source: Indeed Hiring Lab",
        )}
        <Field
          label="Data kind"
          error={errors.importFormat}
          hint="Article figures, or observations over time imported in one of these CSV layouts."
        >
          {(props) => (
            <select
              {...props}
              name="importFormat"
              value={values.importFormat}
              onChange={(e) => onChange("importFormat", e.target.value)}
            >
              <option value="">Figures from an article or report</option>
              {Object.values(openDataFormats).map((format) => (
                <option key={format.id} value={format.id}>
                  Open data: {format.id}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={saving} className={primaryButton}>
          {saving ? "Saving…" : mode.kind === "edit" ? "Save details" : "Create dataset"}
        </button>
        {mode.kind === "new" && (
          <span className="text-xs text-slate-600 dark:text-slate-400">
            A new dataset starts with an empty draft; nothing is public until you publish it.
          </span>
        )}
      </div>
      {status && (
        <p
          role={status.kind === "saved" ? "status" : "alert"}
          data-testid="dataset-form-status"
          className={status.kind === "saved" ? okBox : alertBox}
        >
          {status.message}
        </p>
      )}
    </form>
  );
}
