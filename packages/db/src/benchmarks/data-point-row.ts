import type { DataPointInput } from "@aiml/domain";
import type { Prisma } from "../generated/prisma/client";

// Decimals go in as strings so no figure passes through a binary float on its way to Postgres.
const decimal = (n: number | undefined) => (n === undefined ? null : String(n));

/** A figure's columns, as stored (everything but its id, version and order). */
export function dataPointColumns(point: DataPointInput) {
  return {
    key: point.key,
    metric: point.metric,
    statistic: point.statistic,
    unit: point.unit,
    value: decimal(point.value),
    low: decimal(point.low),
    high: decimal(point.high),
    highOpen: point.highOpen,
    approximate: point.approximate,
    role: point.role ?? null,
    company: point.company ?? null,
    industry: point.industry ?? null,
    level: point.level ?? null,
    location: point.location ?? null,
    specialization: point.specialization ?? null,
    skill: point.skill ?? null,
    education: point.education ?? null,
    year: point.year ?? null,
    baseYear: point.baseYear ?? null,
    label: point.label,
    note: point.note ?? null,
    quote: point.quote ?? null,
    sourceDocumentId: point.document ?? null,
  } satisfies Omit<Prisma.DataPointCreateManyInput, "versionId">;
}

export function dataPointRow(
  point: DataPointInput,
  versionId: string,
  sortOrder: number,
): Prisma.DataPointCreateManyInput {
  return { ...dataPointColumns(point), versionId, sortOrder };
}

export function isoDateToDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}
