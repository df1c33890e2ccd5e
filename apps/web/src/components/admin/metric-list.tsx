"use client";

import {
  chartKinds,
  dashboardPages,
  type MetricDefinitionInput,
  metricDefinitionSchema,
  observationUnits,
} from "@aiml/domain";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { Field } from "../ui/field";
import {
  alertBox,
  cell,
  dangerButton,
  muted,
  okBox,
  primaryButton,
  secondaryButton,
} from "../ui/styles";
import { apiProblem } from "./trpc-error";

interface Values {
  name: string;
  label: string;
  unit: string;
  description: string;
  dashboard: string;
  chartKind: string;
  defaultFilters: string;
  sortOrder: string;
}

const empty: Values = {
  name: "",
  label: "",
  unit: "index",
  description: "",
  dashboard: "",
  chartKind: "time_series",
  defaultFilters: "{}",
  sortOrder: "0",
};

/** A stored definition (its filters as stored JSON) as the form's text. */
function toValues(d: {
  name: string;
  label: string;
  unit: string;
  description: string;
  dashboard: string | null;
  chartKind: string;
  defaultFilters: unknown;
  sortOrder: number;
}): Values {
  return {
    name: d.name,
    label: d.label,
    unit: d.unit,
    description: d.description,
    dashboard: d.dashboard ?? "",
    chartKind: d.chartKind,
    defaultFilters: JSON.stringify(d.defaultFilters ?? {}),
    sortOrder: String(d.sortOrder),
  };
}

/** The form's text through the API's own schema; the filters are a JSON object. */
function parse(
  values: Values,
): { ok: true; definition: MetricDefinitionInput } | { ok: false; message: string } {
  let filters: unknown;
  try {
    filters = JSON.parse(values.defaultFilters || "{}");
  } catch {
    return { ok: false, message: 'Default filters must be a JSON object, e.g. {"state": "US"}.' };
  }
  const parsed = metricDefinitionSchema.safeParse({
    ...values,
    dashboard: values.dashboard === "" ? null : values.dashboard,
    defaultFilters: filters,
    sortOrder: Number(values.sortOrder),
  });
  if (parsed.success) return { ok: true, definition: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, message: `${issue?.path.join(".") || "definition"}: ${issue?.message}` };
}

function MetricForm({
  initial,
  saving,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: Values;
  saving: boolean;
  submitLabel: string;
  onSubmit: (definition: MetricDefinitionInput) => void;
  onCancel?: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (field: keyof Values, value: string) => setValues((v) => ({ ...v, [field]: value }));
  const input = (field: keyof Values, label: string, hint?: string) => (
    <Field label={label} hint={hint}>
      {(props) => (
        <input
          {...props}
          name={field}
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </Field>
  );
  const select = (
    field: keyof Values,
    label: string,
    options: readonly string[],
    none?: string,
  ) => (
    <Field label={label}>
      {(props) => (
        <select
          {...props}
          name={field}
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
        >
          {none !== undefined && <option value="">{none}</option>}
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <form
      noValidate
      aria-label={submitLabel}
      className="grid gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const result = parse(values);
        if (!result.ok) return setProblem(result.message);
        setProblem(null);
        onSubmit(result.definition);
      }}
    >
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {input("name", "Metric name", "As the series name it, e.g. annual_wage")}
        {input("label", "Label")}
        {select("unit", "Unit", observationUnits)}
        {select("dashboard", "Dashboard", dashboardPages, "On no page")}
        {select("chartKind", "Chart", chartKinds)}
        {input("sortOrder", "Order on the page")}
      </div>
      {input("description", "Description", "What the metric measures, for the reader.")}
      {input(
        "defaultFilters",
        "Default filters (JSON)",
        'e.g. {"socCode": "15-2051", "state": "US"}',
      )}
      {problem && (
        <p role="alert" className={alertBox}>
          {problem}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" className={primaryButton} disabled={saving}>
          {saving ? "Saving…" : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className={secondaryButton} onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/** Every metric definition; admins add, edit and delete them here. */
export function MetricList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: metrics } = useSuspenseQuery(trpc.admin.metrics.list.queryOptions());
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<{ kind: "ok" | "error"; message: string } | null>(null);
  const done = (message: string) => async () => {
    setEditing(null);
    setStatus({ kind: "ok", message });
    await queryClient.invalidateQueries(trpc.admin.pathFilter());
  };
  const onError = (error: unknown) =>
    setStatus({ kind: "error", message: apiProblem(error).message });
  const create = useMutation(
    trpc.admin.metrics.create.mutationOptions({ onSuccess: done("Added."), onError }),
  );
  const update = useMutation(
    trpc.admin.metrics.update.mutationOptions({ onSuccess: done("Saved."), onError }),
  );
  const remove = useMutation(
    trpc.admin.metrics.delete.mutationOptions({ onSuccess: done("Deleted."), onError }),
  );

  return (
    <div className="grid gap-8">
      {status && (
        <p
          role={status.kind === "ok" ? "status" : "alert"}
          className={status.kind === "ok" ? okBox : alertBox}
        >
          {status.message}
        </p>
      )}
      <table className="w-full text-sm">
        <thead>
          <tr>
            <th className={cell}>Metric</th>
            <th className={cell}>Dashboard</th>
            <th className={cell}>Chart</th>
            <th className={cell}>Published in</th>
            <th className={cell}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {metrics.map((m) =>
            editing === m.id ? (
              <tr key={m.id}>
                <td className={cell} colSpan={5}>
                  <MetricForm
                    initial={toValues(m)}
                    saving={update.isPending}
                    submitLabel={`Save ${m.name}`}
                    onSubmit={(definition) => update.mutate({ id: m.id, definition })}
                    onCancel={() => setEditing(null)}
                  />
                </td>
              </tr>
            ) : (
              <tr key={m.id}>
                <td className={cell}>
                  <div className="font-medium">{m.label}</div>
                  <div className={`text-xs ${muted}`}>
                    {m.name} · {m.unit}
                  </div>
                </td>
                <td className={cell}>{m.dashboard ?? <span className={muted}>none</span>}</td>
                <td className={cell}>{m.chartKind}</td>
                <td className={cell}>
                  {m.publishedIn.length > 0 ? (
                    m.publishedIn.join(", ")
                  ) : (
                    <span className={muted}>no dataset yet</span>
                  )}
                </td>
                <td className={`${cell} whitespace-nowrap`}>
                  <button
                    type="button"
                    className={secondaryButton}
                    onClick={() => setEditing(m.id)}
                  >
                    Edit<span className="sr-only"> {m.name}</span>
                  </button>{" "}
                  <button
                    type="button"
                    className={dangerButton}
                    disabled={remove.isPending}
                    onClick={() => {
                      if (
                        window.confirm(
                          `Delete the definition of ${m.name}? Its charts leave the dashboards; the data stays.`,
                        )
                      ) {
                        remove.mutate({ id: m.id });
                      }
                    }}
                  >
                    Delete<span className="sr-only"> {m.name}</span>
                  </button>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      <section aria-labelledby="new-metric">
        <h2 id="new-metric" className="mb-3 text-lg font-semibold">
          Define a metric
        </h2>
        <MetricForm
          key={metrics.length}
          initial={empty}
          saving={create.isPending}
          submitLabel="Add metric"
          onSubmit={(definition) => create.mutate({ definition })}
        />
      </section>
    </div>
  );
}
