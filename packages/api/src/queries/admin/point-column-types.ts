import type { dataPointColumns } from "@aiml/db/data-point-row";

export type PointColumn = keyof ReturnType<typeof dataPointColumns> | "sortOrder";

/** Each stored column of a figure, in the order bulk writes send them, and its Postgres type. */
export const pointColumnTypes = {
  key: "text",
  metric: "text",
  statistic: '"Statistic"',
  unit: '"Unit"',
  value: "numeric",
  low: "numeric",
  high: "numeric",
  highOpen: "boolean",
  approximate: "boolean",
  role: "text",
  company: "text",
  industry: "text",
  level: "text",
  location: "text",
  specialization: "text",
  skill: "text",
  education: "text",
  year: "integer",
  baseYear: "integer",
  label: "text",
  note: "text",
  quote: "text",
  sourceDocumentId: "text",
  sortOrder: "integer",
} satisfies Record<PointColumn, string>;

export const pointColumnNames = Object.keys(pointColumnTypes) as PointColumn[];

/** The column list for SQL: "key", "metric", … */
export const pointColumnList = pointColumnNames.map((c) => `"${c}"`).join(", ");
