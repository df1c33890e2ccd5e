import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileBytes, outcome } from "../helpers/admin-fixtures";
import { anonymousCaller, createUserCaller } from "../helpers/users";
import { seedCsv } from "./csv-fixtures";

let t: TestDatabase;
let admin: Awaited<ReturnType<typeof createUserCaller>>;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await createUserCaller(t, "admin");
});
afterAll(async () => {
  await t?.drop();
});

const pageMetrics = (page: "demand" | "growth" | "pay" | "top-of-market") =>
  anonymousCaller(t.db).openData.pageMetrics({ page });

describe("metric definitions", () => {
  it("are seeded for the open datasets and listed for admins with where they are published", async () => {
    const list = await admin.caller.admin.metrics.list();
    expect(list.map((m) => m.name).sort()).toEqual([
      "annual_openings",
      "annual_wage",
      "employment_change_percent",
      "fx_units_per_usd",
      "hourly_wage",
      "location_quotient",
      "postings_index",
      "rpp_all_items",
      "sector_postings_index",
    ]);
    expect(list.find((m) => m.name === "annual_wage")?.publishedIn).toEqual([
      "bls-employment-projections-2024-34",
      "bls-oews-national-tech-wages",
      "bls-oews-state-tech-wages-2023",
    ]);
  });

  it("decide what the demand page draws, each chart with its source", async () => {
    const { metrics } = await pageMetrics("demand");
    expect(metrics.map((m) => m.name)).toEqual([
      "postings_index",
      "sector_postings_index",
      "location_quotient",
      "annual_openings",
    ]);
    const postings = metrics[0]?.charts ?? [];
    // The state file has no "US" series: only the national dataset matches the filters.
    expect(postings.map((c) => c.kind === "time_series" && c.source.datasetSlug)).toEqual([
      "indeed-postings-us",
    ]);
    const chart = postings[0];
    if (chart?.kind !== "time_series") throw new Error("expected a time series");
    expect(chart.source.attribution).toBe("Source: Indeed Hiring Lab");
    expect(chart.series).toHaveLength(1);
    const points = chart.series[0]?.points ?? [];
    expect(points.length).toBeLessThanOrEqual(400);
    const days = seedCsv("us_postings_index").filter((r) => r.postings_type === "total").length;
    expect(points.reduce((n, p) => n + p.n, 0)).toBe(days);

    const sectors = metrics[1]?.charts[0];
    expect(sectors?.kind === "time_series" && sectors.series.length).toBe(7);
    const map = metrics[2]?.charts[0];
    if (map?.kind !== "state_map") throw new Error("expected a map");
    expect(map.rows.find((r) => r.state === "CA")?.value).toBeGreaterThan(0);
  });

  it("ranks occupations by projected growth on the growth page", async () => {
    const { metrics } = await pageMetrics("growth");
    const ranked = metrics.find((m) => m.name === "employment_change_percent")?.charts[0];
    if (ranked?.kind !== "ranked_bars") throw new Error("expected ranked bars");
    const csv = seedCsv("bls_employment_projections_2024_34");
    const best = csv.reduce((a, b) =>
      Number(b.employment_change_percent) > Number(a.employment_change_percent) ? b : a,
    );
    expect(ranked.rows[0]).toMatchObject({
      label: best.occupation_title,
      value: Number(best.employment_change_percent),
      period: "2024-01-01",
      periodEnd: "2034-01-01",
    });
  });

  it("a definition an admin adds, changes or deletes shows on the next request", async () => {
    expect((await pageMetrics("pay")).metrics.map((m) => m.name)).toEqual([
      "annual_wage",
      "rpp_all_items",
    ]);
    const hourly = (await admin.caller.admin.metrics.list()).find((m) => m.name === "hourly_wage");
    await admin.caller.admin.metrics.update({
      id: hourly?.id ?? "",
      definition: {
        name: "hourly_wage",
        label: "Hourly wages",
        unit: "usd_per_hour",
        description: "Hourly mean and median wages (BLS OEWS).",
        dashboard: "pay",
        chartKind: "distribution",
        defaultFilters: { socCode: "15-1252" },
        sortOrder: 30,
      },
    });
    const pay = await pageMetrics("pay");
    const chart = pay.metrics.find((m) => m.name === "hourly_wage")?.charts[0];
    if (chart?.kind !== "distribution") throw new Error("expected a distribution");
    expect(chart.points.at(-1)).toMatchObject({ period: "2024-05-01" });

    await admin.caller.admin.metrics.delete({ id: hourly?.id ?? "" });
    expect((await pageMetrics("pay")).metrics.map((m) => m.name)).not.toContain("hourly_wage");
    const actions = await t.db.auditLog.findMany({
      where: { entityType: "MetricDefinition" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["metric.update", "metric.delete"]);
  });

  it("a dataset an admin creates, imports and publishes appears on the metric's page", async () => {
    const fx = (await admin.caller.admin.metrics.list()).find((m) => m.name === "fx_units_per_usd");
    await admin.caller.admin.metrics.update({
      id: fx?.id ?? "",
      definition: {
        name: "fx_units_per_usd",
        label: "Exchange rates",
        unit: "units_per_usd",
        description: "Units of currency per US dollar, annual averages.",
        dashboard: "top-of-market",
        chartKind: "ranked_bars",
        defaultFilters: {},
        sortOrder: 0,
      },
    });
    const before = (await pageMetrics("top-of-market")).metrics[0]?.charts ?? [];
    expect(before.map((c) => c.source.datasetSlug)).toEqual(["fed-fx-annual-usd"]);

    const created = await admin.caller.admin.datasets.create({
      metadata: {
        slug: "ecb-fx-2026",
        title: "Exchange rates 2026",
        publisher: "A central bank",
        sourceUrl: "https://example.com/fx",
        asOf: "2026-06-30",
        asOfPrecision: "day",
        licenceName: "CC BY 4.0",
        licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
        attribution: "Source: A central bank",
        importFormat: "fx-annual-usd",
      },
    });
    const draft = created.draft;
    if (!draft) throw new Error("a new dataset has a draft");
    const csv = "year,currency,units_per_usd,usd_per_unit,method\n2026,EUR,0.88,1.136364,ecb\n";
    const imported = await admin.caller.admin.import.commit({
      datasetId: created.id,
      draftId: draft.id,
      revision: draft.revision,
      content: fileBytes(csv),
    });
    expect(imported).toMatchObject({ status: "applied", dataPointCount: 2 });
    // Not public while a draft.
    expect((await pageMetrics("top-of-market")).metrics[0]?.charts).toHaveLength(1);
    await admin.caller.admin.drafts.publish({
      datasetId: created.id,
      draftId: draft.id,
      revision: draft.revision + 1,
    });
    const after = (await pageMetrics("top-of-market")).metrics[0]?.charts ?? [];
    expect(after.map((c) => c.source.datasetSlug)).toEqual(["ecb-fx-2026", "fed-fx-annual-usd"]);
    const added = after[0];
    expect(added?.source).toMatchObject({ licenceName: "CC BY 4.0", version: 1 });
    expect(added?.kind === "ranked_bars" && added.rows[0]).toMatchObject({
      label: "EUR",
      value: 0.88,
    });

    // Its layout is fixed now that it holds data.
    const current = await admin.caller.admin.datasets.get({ id: created.id });
    expect(
      await outcome(
        admin.caller.admin.datasets.update({
          id: created.id,
          metadata: { ...current.metadata, importFormat: "bea-rpp-states" },
        }),
      ),
    ).toBe("BAD_REQUEST");
  });

  it("refuses a definition with a taken name or a bad field", async () => {
    const definition = {
      name: "postings_index",
      label: "Again",
      unit: "index" as const,
      description: "Twice",
      dashboard: "demand" as const,
      chartKind: "time_series" as const,
    };
    expect(await outcome(admin.caller.admin.metrics.create({ definition }))).toBe("CONFLICT");
    expect(
      await outcome(
        admin.caller.admin.metrics.create({ definition: { ...definition, name: "Bad Name" } }),
      ),
    ).toBe("BAD_REQUEST");
  });
});
