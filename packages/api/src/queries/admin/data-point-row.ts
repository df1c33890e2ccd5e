import { dataPointColumns, type Prisma } from "@aiml/db";
import type { DataPointInput } from "@aiml/domain";

export const pointSelect = {
  key: true,
  label: true,
  metric: true,
  statistic: true,
  unit: true,
  value: true,
  low: true,
  high: true,
  highOpen: true,
  approximate: true,
  role: true,
  company: true,
  industry: true,
  level: true,
  location: true,
  specialization: true,
  skill: true,
  education: true,
  year: true,
  baseYear: true,
  sourceDocumentId: true,
  note: true,
  quote: true,
} satisfies Prisma.DataPointSelect;

type PointRow = Prisma.DataPointGetPayload<{ select: typeof pointSelect }>;

const amount = (d: Prisma.Decimal | null) => (d === null ? undefined : d.toNumber());
const optional = <T>(v: T | null) => (v === null ? undefined : v);

/** A stored data point as the editor, diffs and exports see it (the shape the schema checks). */
export function toDataPointInput(row: PointRow): DataPointInput {
  return {
    key: row.key,
    label: row.label,
    // The metric column is free text in the database; rows are only written through the schema.
    metric: row.metric as DataPointInput["metric"],
    statistic: row.statistic,
    unit: row.unit,
    value: amount(row.value),
    low: amount(row.low),
    high: amount(row.high),
    highOpen: row.highOpen,
    approximate: row.approximate,
    role: optional(row.role),
    company: optional(row.company),
    industry: optional(row.industry),
    level: optional(row.level),
    location: optional(row.location),
    specialization: optional(row.specialization),
    skill: optional(row.skill),
    education: optional(row.education),
    year: optional(row.year),
    baseYear: optional(row.baseYear),
    document: optional(row.sourceDocumentId),
    note: optional(row.note),
    quote: optional(row.quote),
  };
}

/** A figure's stored columns: the same mapping the seed uses. */
export const pointColumns = dataPointColumns;
