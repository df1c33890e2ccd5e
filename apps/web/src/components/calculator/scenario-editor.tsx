"use client";

import type { CompanyPractice, ScenarioInputs } from "@aiml/domain";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useEffect, useState } from "react";
import type { RetirementLimit } from "./benefit-fields";
import type { ParityData } from "./cost-of-living-panel";
import type { FxData } from "./currency-panel";
import { defaultFormValues, type FormValues, toFormValues } from "./form-values";
import type { PracticeNotice } from "./practice-prefill";
import { type Dimensions, type OccupationOption, ScenarioFields } from "./scenario-fields";
import { loadValidation, useFormValidation } from "./use-form-validation";
import { useLiveResults } from "./use-live-results";

// Loaded only when used: a company with published practices.
const PracticeNoticeView = lazy(() =>
  import("./practice-prefill").then((m) => ({ default: m.PracticeNoticeView })),
);

export const DRAFT_STORAGE_KEY = "aiml.calculator.draft";

type Mode =
  | {
      kind: "new";
      signedIn: boolean;
      /** Figures from a shared link (already checked on the server), or a notice why not. */
      fromLink?: { inputs: ScenarioInputs } | { notice: string };
    }
  | { kind: "edit"; id: string; revision: number; inputs: ScenarioInputs };

function errorMessage(error: unknown): { conflict: boolean; message: string } {
  const data = (error as { data?: { code?: string } }).data;
  const message = error instanceof Error ? error.message : "Saving failed.";
  return { conflict: data?.code === "CONFLICT", message };
}

/** The offer calculator: fields, live results, and saving (new or editing a saved scenario). */
export function ScenarioEditor({
  mode,
  initialResults,
  dimensions,
  occupations,
  fx,
  parity,
  retirementLimit,
  practices = [],
}: {
  mode: Mode;
  /** The results of the inputs the page opens with, rendered on the server (InitialResults). */
  initialResults: React.ReactNode;
  dimensions: Dimensions;
  occupations?: OccupationOption[];
  /** Exchange rates and price parities from the open data (absent when none are published). */
  fx?: FxData;
  parity?: ParityData;
  /** The admin-published IRS elective-deferral limit that caps a 401(k) match, if any. */
  retirementLimit?: RetirementLimit | null;
  /** Companies' published equity practices: choosing one pre-fills the fields they state. */
  practices?: CompanyPractice[];
}) {
  const [practiceNotice, setPracticeNotice] = useState<PracticeNotice | null>(null);
  const router = useRouter();
  const linked =
    mode.kind === "new" && mode.fromLink && "inputs" in mode.fromLink ? mode.fromLink.inputs : null;
  const linkNotice =
    mode.kind === "new" && mode.fromLink && "notice" in mode.fromLink ? mode.fromLink.notice : null;
  const [values, setValues] = useState<FormValues>(() =>
    mode.kind === "edit"
      ? toFormValues(mode.inputs)
      : linked
        ? toFormValues(linked)
        : defaultFormValues(),
  );
  const [revision, setRevision] = useState(mode.kind === "edit" ? mode.revision : 0);
  const [status, setStatus] = useState<{
    kind: "saved" | "error" | "conflict";
    message: string;
  } | null>(null);

  // A new scenario is kept in this browser, so it survives a reload and signing up.
  // Figures from a link win over the stored draft.
  useEffect(() => {
    if (mode.kind !== "new" || linked) return;
    const stored = window.localStorage.getItem(DRAFT_STORAGE_KEY);
    if (stored) {
      try {
        setValues({ ...defaultFormValues(), ...(JSON.parse(stored) as Partial<FormValues>) });
      } catch {
        window.localStorage.removeItem(DRAFT_STORAGE_KEY);
      }
    }
  }, [mode.kind, linked]);

  // Until the validator and the live results have loaded (just after the first render), the
  // results are those of the inputs the page opened with, as the server rendered them.
  const validation = useFormValidation(values);
  const LiveResults = useLiveResults();
  const [saving, setSaving] = useState(false);

  const onChange = (patch: Partial<FormValues>) => {
    setStatus(null);
    if (patch.company !== undefined) {
      const company = patch.company.trim().toLowerCase();
      const practice = practices.find((p) => p.company.toLowerCase() === company);
      setPracticeNotice(null);
      if (practice) {
        void import("./practice-prefill").then(({ practicePatch }) => {
          const prefill = practicePatch(practice);
          setPracticeNotice(prefill.notice);
          onChange(prefill.patch);
        });
      }
    }
    setValues((current) => {
      const next = { ...current, ...patch };
      if (mode.kind === "new") window.localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(next));
      return next;
    });
  };

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const checked = (await loadValidation())(values);
    if (!checked.ok) {
      setStatus({ kind: "error", message: "Fix the fields marked above; nothing was saved." });
      return;
    }
    setSaving(true);
    try {
      const saver = await import("./scenario-saver");
      if (mode.kind === "edit") {
        const saved = await saver.updateScenario({
          id: mode.id,
          revision,
          inputs: checked.inputs,
        });
        setRevision(saved.revision);
        setStatus({ kind: "saved", message: "Saved." });
        router.refresh();
      } else {
        const saved = await saver.createScenario({ inputs: checked.inputs });
        window.localStorage.removeItem(DRAFT_STORAGE_KEY);
        router.push(`/scenarios/${saved.id}`);
      }
    } catch (error) {
      const { conflict, message } = errorMessage(error);
      setStatus({ kind: conflict ? "conflict" : "error", message });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={save} noValidate className="grid gap-8 lg:grid-cols-[minmax(0,26rem)_1fr]">
      {linkNotice && (
        <p
          role="alert"
          data-testid="link-notice"
          className="rounded bg-amber-50 p-3 text-sm text-amber-900 lg:col-span-2 dark:bg-amber-950 dark:text-amber-100"
        >
          {linkNotice}
        </p>
      )}
      <div>
        <ScenarioFields
          values={values}
          errors={validation?.errors ?? {}}
          dimensions={dimensions}
          occupations={occupations}
          retirementLimit={retirementLimit ?? null}
          onChange={onChange}
        />
        {practiceNotice && (
          <Suspense fallback={null}>
            <PracticeNoticeView notice={practiceNotice} />
          </Suspense>
        )}
        <div className="mt-6 flex flex-wrap items-center gap-3">
          {mode.kind === "new" && !mode.signedIn ? (
            <p className="text-sm">
              <Link href="/sign-up?next=/calculator" className="font-medium underline">
                Sign up to save this scenario
              </Link>{" "}
              (it is kept while you do), or{" "}
              <Link href="/sign-in?next=/calculator" className="underline">
                sign in
              </Link>
              .
            </p>
          ) : (
            <button
              type="submit"
              disabled={saving}
              className="rounded bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900"
            >
              {saving ? "Saving…" : mode.kind === "edit" ? "Save changes" : "Save scenario"}
            </button>
          )}
        </div>
        {status && (
          <div
            role={status.kind === "saved" ? "status" : "alert"}
            data-testid="save-status"
            className={`mt-3 rounded p-3 text-sm ${status.kind === "saved" ? "bg-green-50 text-green-900 dark:bg-green-950 dark:text-green-100" : "bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100"}`}
          >
            {status.message}
            {status.kind === "conflict" && (
              <button
                type="button"
                className="ml-2 underline"
                onClick={() => window.location.reload()}
              >
                Load the latest version
              </button>
            )}
          </div>
        )}
      </div>
      <section aria-labelledby="results-heading" className="min-w-0">
        <h2 id="results-heading" className="mb-3 text-lg font-semibold">
          What it is worth, year by year
        </h2>
        {validation && LiveResults ? (
          <LiveResults
            inputs={validation.ok ? validation.inputs : null}
            retirementLimitCents={retirementLimit?.cents ?? null}
            fx={fx}
            parity={parity}
          />
        ) : (
          initialResults
        )}
      </section>
    </form>
  );
}
