import { randomBytes } from "node:crypto";
import type { RouterInputs, RouterOutputs } from "@aiml/api";
import { type CallOptions, type CallResult, mutate, uploadFile } from "@aiml/script-lib/http";

type DraftRef = { datasetId: string; draftId: string; revision: number };
export type DraftChanges = RouterInputs["admin"]["drafts"]["save"]["changes"];
export type DataPoint = NonNullable<DraftChanges["upsert"]>[number];

/** A seeded source document that imported and saved rows may cite. */
export const DOCUMENT_ID = "001_c0608c5ff0a8a3af";

function ok<T>(what: string, result: CallResult<T>): T {
  if (result.data === undefined) {
    throw new Error(`${what} failed: ${result.status} ${result.error?.message ?? result.failure}`);
  }
  return result.data;
}

/** A new dataset with an empty draft; returns the ids and the draft's revision. */
export async function createDatasetWithDraft(base: string, options: CallOptions, title: string) {
  const slug = `fault-${randomBytes(4).toString("hex")}`;
  const dataset = ok(
    "admin.datasets.create",
    await mutate<RouterOutputs["admin"]["datasets"]["create"]>(
      base,
      "admin.datasets.create",
      {
        metadata: {
          slug,
          title,
          publisher: "Fault scripts",
          sourceUrl: "https://example.com/report",
          asOf: "2025-06-30",
          asOfPrecision: "day",
        },
      },
      options,
    ),
  );
  const draft = await startDraft(base, options, dataset.id);
  return { datasetId: dataset.id, draftId: draft.id, revision: draft.revision };
}

export async function startDraft(base: string, options: CallOptions, datasetId: string) {
  return ok(
    "admin.drafts.start",
    await mutate<RouterOutputs["admin"]["drafts"]["start"]>(
      base,
      "admin.drafts.start",
      { datasetId },
      options,
    ),
  );
}

export const saveDraft = (
  base: string,
  ref: DraftRef,
  changes: Partial<DraftChanges>,
  options: CallOptions,
) =>
  mutate<RouterOutputs["admin"]["drafts"]["save"]>(
    base,
    "admin.drafts.save",
    { ...ref, changes: { upsert: [], delete: [], ...changes } },
    options,
  );

export const publishDraft = (base: string, ref: DraftRef, options: CallOptions) =>
  mutate<RouterOutputs["admin"]["drafts"]["publish"]>(base, "admin.drafts.publish", ref, options);

/** Imports a CSV file into a draft through the upload route, as the admin pages do. */
export const importCsv = (
  base: string,
  ref: DraftRef & { fileName: string; csv: string },
  options: CallOptions,
) =>
  uploadFile<RouterOutputs["admin"]["import"]["commit"]>(
    base,
    `/api/admin/datasets/${encodeURIComponent(ref.datasetId)}/import/commit`,
    { draftId: ref.draftId, revision: ref.revision, fileName: ref.fileName },
    new Uint8Array(Buffer.from(ref.csv)),
    options,
  );

/** A data point whose key and value identify the write that set it. */
export const dataPoint = (key: string, value: number): DataPoint => ({
  key,
  label: `Base salary ${key}`,
  metric: "base_salary",
  statistic: "median",
  unit: "usd_per_year",
  value,
  highOpen: false,
  approximate: false,
  document: DOCUMENT_ID,
});

/** An import file of `rows` rows whose keys start with `prefix`: valid, with no errors. */
export function importFile(prefix: string, rows: number, value: number): string {
  const lines = ["key,label,metric,statistic,unit,value,company,document"];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `${prefix}-${i},Base salary ${prefix} ${i},base_salary,median,usd_per_year,${value},Company ${i},${DOCUMENT_ID}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
