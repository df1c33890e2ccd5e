import type { BenchmarkFigure } from "../../src";
import { readAllSeeds } from "../market/seed-files";

/** Every seed figure as the API hands it to the dashboards. */
export function seedFigures(): BenchmarkFigure[] {
  return readAllSeeds().flatMap((d) =>
    d.dataPoints.map((p) => ({
      id: `${d.slug}/${p.key}`,
      key: p.key,
      metric: p.metric,
      statistic: p.statistic,
      unit: p.unit,
      value: p.value ?? null,
      low: p.low ?? null,
      high: p.high ?? null,
      highOpen: p.highOpen,
      approximate: p.approximate,
      role: p.role ?? null,
      company: p.company ?? null,
      industry: p.industry ?? null,
      level: p.level ?? null,
      location: p.location ?? null,
      specialization: p.specialization ?? null,
      skill: p.skill ?? null,
      education: p.education ?? null,
      year: p.year ?? null,
      baseYear: p.baseYear ?? null,
      label: p.label,
      note: p.note ?? null,
      quote: p.quote ?? null,
      source: {
        datasetSlug: d.slug,
        datasetTitle: d.title,
        publisher: d.publisher,
        sourceUrl: d.sourceUrl ?? null,
        asOf: d.asOf,
        asOfPrecision: d.asOfPrecision,
        documentId: p.document ?? null,
        documentTitle: null,
      },
    })),
  );
}
