import { openDataDiffCsv, openDataVersionCsv } from "@aiml/api";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { openDataLong } from "@aiml/domain";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileBytes } from "../helpers/admin-fixtures";
import { createUserCaller } from "../helpers/users";

let t: TestDatabase;
let admin: Awaited<ReturnType<typeof createUserCaller>>;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await createUserCaller(t, "admin");
});
afterAll(async () => {
  await t?.drop();
});

async function published(slug: string) {
  const dataset = await t.db.dataset.findUniqueOrThrow({ where: { slug } });
  return { datasetId: dataset.id, versionId: dataset.publishedVersionId ?? "" };
}

/** Every observation of a version as "key@period", in (key, period) order, straight from SQL. */
async function allObservations(versionId: string): Promise<string[]> {
  const rows = await t.db.$queryRaw<{ id: string }[]>`
    SELECT vs."seriesKey" || '@' || p::text AS id
    FROM "VersionSeries" vs JOIN "ObservationBlock" b ON b."seriesId" = vs."seriesId"
    CROSS JOIN LATERAL unnest(b.periods) AS p
    WHERE vs."versionId" = ${versionId} ORDER BY vs."seriesKey", p`;
  return rows.map((r) => r.id);
}

const readCsv = async (stream: ReadableStream<Uint8Array>) => new Response(stream).text();
/** The notes (# lines) and the records after them. */
function splitCsv(text: string) {
  const body = text.replace(/^\uFEFF/, "");
  const lines = body.split("\n");
  const notes = lines.filter((l) => l.startsWith("#") || l.startsWith('"#'));
  const csv = lines.slice(notes.length).join("\n");
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  return { notes, header: parsed.meta.fields ?? [], records: parsed.data };
}

describe("admin.observations.list", () => {
  it("pages through a version's observations in (series, period) order, across blocks and series", async () => {
    const ref = await published("indeed-postings-us-states");
    const expected = await allObservations(ref.versionId);
    const seen: string[] = [];
    // Pages of 500 across 17,391 observations in 51 series of yearly blocks.
    for (let offset = 0; offset < expected.length; offset += 500) {
      const page = await admin.caller.admin.observations.list({ ...ref, offset, limit: 500 });
      expect(page.totalObservations).toBe(expected.length);
      seen.push(...page.rows.map((r) => `${r.seriesKey}@${r.period}`));
    }
    expect(seen).toEqual(expected);
    expect(expected.length).toBe(17_391);
  });

  it("filters by metric, dimension and series key, and offers the version's values as filters", async () => {
    const ref = await published("bls-oews-national-tech-wages");
    const all = await admin.caller.admin.observations.list({ ...ref, limit: 5 });
    expect(all.facets.metrics).toEqual(["annual_wage", "hourly_wage"]);
    expect(all.facets.dimensions.socCode).toContain("15-2051");

    const page = await admin.caller.admin.observations.list({
      ...ref,
      metric: "annual_wage",
      filters: { socCode: "15-2051" },
      limit: 50,
    });
    expect(page.totalSeries).toBe(1);
    expect(page.rows.map((r) => r.period)).toEqual([
      "2021-05-01",
      "2022-05-01",
      "2023-05-01",
      "2024-05-01",
    ]);
    expect(page.rows.at(-1)).toMatchObject({
      p50: 112_590,
      metric: "annual_wage",
      unit: "usd_per_year",
    });

    const bySeries = await admin.caller.admin.observations.list({
      ...ref,
      seriesKey: page.rows[0]?.seriesKey,
    });
    expect(bySeries.totalObservations).toBe(4);
    const none = await admin.caller.admin.observations.list({ ...ref, filters: { state: "ZZ" } });
    expect(none).toMatchObject({ totalSeries: 0, totalObservations: 0, rows: [] });
  });

  it("shows an open-data draft's observations and counts (the draft view)", async () => {
    const { datasetId } = await published("fed-fx-annual-usd");
    const draft = await admin.caller.admin.drafts.start({ datasetId });
    const view = await admin.caller.admin.drafts.get({ datasetId });
    expect(view.draft).toMatchObject({ seriesCount: 18, observationCount: 468, totalRows: 0 });
    const page = await admin.caller.admin.observations.list({
      datasetId,
      versionId: draft.id,
      filters: { currency: "EUR" },
      metric: "fx_units_per_usd",
      limit: 3,
    });
    expect(page.version).toMatchObject({ status: "draft" });
    expect(page.rows.map((r) => r.period)).toEqual(["2000-01-01", "2001-01-01", "2002-01-01"]);
    await admin.caller.admin.drafts.discard({
      datasetId,
      draftId: draft.id,
      revision: draft.revision,
    });
  });

  it("refuses another dataset's version and bad input with 4xx", async () => {
    const a = await published("fed-fx-annual-usd");
    const b = await published("bea-rpp-states");
    await expect(
      admin.caller.admin.observations.list({ datasetId: a.datasetId, versionId: b.versionId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      admin.caller.admin.observations.list({ ...a, metric: "Not A Metric" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("open-data CSV export and diff", () => {
  it("exports a version in the long layout with its licence and attribution, and it imports back unchanged", async () => {
    const ref = await published("indeed-postings-us");
    const plan = await admin.caller.admin.observations.exportPlan(ref);
    if (!plan) throw new Error("no plan for an open-data dataset");
    const text = await readCsv(openDataVersionCsv(t.db, plan));
    const { notes, header, records } = splitCsv(text);
    expect(notes.join("\n")).toContain("Indeed Hiring Lab");
    expect(notes.join("\n")).toContain("CC BY 4.0");
    expect(header).toEqual([...openDataLong.columns]);
    const expected = await allObservations(ref.versionId);
    expect(records).toHaveLength(expected.length);
    expect(records[0]).toMatchObject({
      metric: "postings_index",
      unit: "index",
      precision: "day",
      state: "US",
      index_base: "2020-02-01",
    });

    const draft = await admin.caller.admin.drafts.start({ datasetId: ref.datasetId });
    const result = await admin.caller.admin.import.commit({
      datasetId: ref.datasetId,
      draftId: draft.id,
      revision: draft.revision,
      content: fileBytes(text),
    });
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({
      status: "applied",
      changes: { added: 0, removed: 0, changed: 0, unchanged: expected.length },
    });
    await admin.caller.admin.drafts.discard({
      datasetId: ref.datasetId,
      draftId: draft.id,
      revision: draft.revision + 1,
    });
  });

  it("an article-figure dataset has no open-data export plan (its CSV is exportCsv's)", async () => {
    const dataset = await t.db.dataset.findFirstOrThrow({
      where: { importFormat: null, publishedVersionId: { not: null } },
    });
    const plan = await admin.caller.admin.observations.exportPlan({
      datasetId: dataset.id,
      versionId: dataset.publishedVersionId ?? "",
    });
    expect(plan).toBeNull();
    // And the other way round: an open-data version is never built as one figure CSV.
    await expect(
      admin.caller.admin.versions.exportCsv(await published("fed-fx-annual-usd")),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("diffs two versions per series and as CSV: added, removed and changed observations", async () => {
    const ref = await published("fed-fx-annual-usd");
    const plan = await admin.caller.admin.observations.exportPlan(ref);
    if (!plan) throw new Error("no plan");
    const text = await readCsv(openDataVersionCsv(t.db, plan));
    const lines = text.split("\n");
    const eur2024 = lines.findIndex(
      (l) => l.startsWith("fx_units_per_usd,units_per_usd,year,2024-01-01") && l.includes(",EUR,"),
    );
    const jpy2000 = lines.findIndex(
      (l) => l.startsWith("fx_units_per_usd,units_per_usd,year,2000-01-01") && l.includes(",JPY,"),
    );
    expect(eur2024, lines.slice(0, 8).join("\n")).toBeGreaterThan(0);
    expect(jpy2000).toBeGreaterThan(0);
    const original = lines[eur2024] ?? "";
    const changedLine = original.replace(/,EUR,,,0\.\d+,/, ",EUR,,,0.5,");
    expect(changedLine).not.toBe(lines[eur2024]);
    lines[eur2024] = changedLine;
    lines.splice(jpy2000, 1);
    // A new year of the EUR series, with the series' own descriptive columns.
    lines.push(
      original.replace(",2024-01-01,", ",2026-01-01,").replace(/,EUR,,,0\.\d+,/, ",EUR,,,0.9,"),
    );
    const edited = lines.join("\n");

    const draft = await admin.caller.admin.drafts.start({ datasetId: ref.datasetId });
    const result = await admin.caller.admin.import.commit({
      datasetId: ref.datasetId,
      draftId: draft.id,
      revision: draft.revision,
      content: fileBytes(edited),
    });
    expect(result).toMatchObject({
      status: "applied",
      changes: { added: 1, removed: 1, changed: 1 },
    });

    const pair = { datasetId: ref.datasetId, fromVersionId: ref.versionId, toVersionId: draft.id };
    const diff = await admin.caller.admin.observations.diff(pair);
    expect(diff.counts).toMatchObject({ added: 1, removed: 1, changed: 1, unchanged: 466 });
    expect(diff.seriesWithChanges).toBe(2);
    expect(diff.series).toEqual([
      { seriesKey: "fx_units_per_usd|currency=EUR", added: 1, removed: 0, changed: 1 },
      { seriesKey: "fx_units_per_usd|currency=JPY", added: 0, removed: 1, changed: 0 },
    ]);

    const diffPlan = await admin.caller.admin.observations.diffExportPlan(pair);
    const diffCsv = splitCsv(await readCsv(openDataDiffCsv(t.db, diffPlan)));
    expect(diffCsv.notes.join("\n")).toContain("Licence: PDDL 1.0");
    expect(
      diffCsv.records.map((r) => [r.change, r.series_key, r.period, r.value_from, r.value_to]),
    ).toEqual([
      [
        "changed",
        "fx_units_per_usd|currency=EUR",
        "2024-01-01",
        expect.stringMatching(/^0\.9/),
        "0.5",
      ],
      ["added", "fx_units_per_usd|currency=EUR", "2026-01-01", "", "0.9"],
      ["removed", "fx_units_per_usd|currency=JPY", "2000-01-01", expect.any(String), ""],
    ]);
    await admin.caller.admin.drafts.discard({
      datasetId: ref.datasetId,
      draftId: draft.id,
      revision: draft.revision + 1,
    });
  });
});
