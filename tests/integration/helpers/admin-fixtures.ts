import type { createCaller } from "@aiml/api";
import type { Database } from "@aiml/db";
import type { DataPointInput, DatasetMetadata } from "@aiml/domain";

export type Caller = ReturnType<typeof createCaller>;

/** A seeded dataset whose median feeds the Overview's "median-total-comp" headline. */
export const LEVELS_SLUG = "levels-fyi-ml-engineers-2025";
export const MEDIAN_KEY = "total-comp.median.top-companies";
export const SEEDED_MEDIAN = 260_750;
export const DOCUMENT_ID = "001_c0608c5ff0a8a3af";

export async function datasetIdOf(db: Database, slug: string): Promise<string> {
  const dataset = await db.dataset.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  return dataset.id;
}

export const point = (over: Partial<DataPointInput> = {}): DataPointInput => ({
  key: "base-salary.test",
  label: "Test base salary",
  metric: "base_salary",
  statistic: "median",
  unit: "usd_per_year",
  value: 150_000,
  highOpen: false,
  approximate: false,
  document: DOCUMENT_ID,
  ...over,
});

export const metadata = (over: Partial<DatasetMetadata> = {}): DatasetMetadata => ({
  slug: "test-dataset",
  title: "Test dataset",
  publisher: "Test publisher",
  sourceUrl: "https://example.com/report",
  asOf: "2025-06-30",
  asOfPrecision: "day",
  ...over,
});

/**
 * A file's bytes for an import call, in memory of their own: the import moves them to its
 * worker thread, so each call needs its own copy.
 */
export const fileBytes = (content: string | Uint8Array) => new Uint8Array(Buffer.from(content));

/** The tRPC error code a call fails with, or "OK". */
export async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") return code;
    throw error;
  }
}

/** The Overview's median total comp as a visitor sees it now. */
export async function publicMedian(anonymous: Caller): Promise<number | null | undefined> {
  const { headlines } = await anonymous.market.overview();
  return headlines.find((h) => h.id === "median-total-comp")?.figure?.value;
}

export async function auditActions(db: Database, datasetId: string): Promise<string[]> {
  const entries = await db.auditLog.findMany({
    where: { datasetId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { action: true },
  });
  return entries.map((e) => e.action);
}
