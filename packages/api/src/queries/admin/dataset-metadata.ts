import type { Prisma } from "@aiml/db";
import type { DatasetMetadata } from "@aiml/domain";
import { isoDate } from "./iso-date";

type MetadataRow = Pick<
  Prisma.DatasetGetPayload<object>,
  | "slug"
  | "title"
  | "publisher"
  | "sourceUrl"
  | "asOf"
  | "asOfPrecision"
  | "methodology"
  | "licenceName"
  | "licenceUrl"
  | "attribution"
  | "importFormat"
>;

export function toMetadata(row: MetadataRow): DatasetMetadata {
  return {
    slug: row.slug,
    title: row.title,
    publisher: row.publisher,
    asOf: isoDate(row.asOf),
    asOfPrecision: row.asOfPrecision,
    ...(row.sourceUrl === null ? {} : { sourceUrl: row.sourceUrl }),
    ...(row.methodology === null ? {} : { methodology: row.methodology }),
    ...(row.licenceName === null ? {} : { licenceName: row.licenceName }),
    ...(row.licenceUrl === null ? {} : { licenceUrl: row.licenceUrl }),
    ...(row.attribution === null ? {} : { attribution: row.attribution }),
    ...(row.importFormat === null ? {} : { importFormat: row.importFormat }),
  };
}

export function metadataColumns(metadata: DatasetMetadata) {
  return {
    slug: metadata.slug,
    title: metadata.title,
    publisher: metadata.publisher,
    sourceUrl: metadata.sourceUrl ?? null,
    asOf: new Date(`${metadata.asOf}T00:00:00.000Z`),
    asOfPrecision: metadata.asOfPrecision,
    methodology: metadata.methodology ?? null,
    licenceName: metadata.licenceName ?? null,
    licenceUrl: metadata.licenceUrl ?? null,
    attribution: metadata.attribution ?? null,
    importFormat: metadata.importFormat ?? null,
  };
}

/** The fields whose values differ, as { field: value } before and after. */
export function changedMetadata(before: DatasetMetadata, after: DatasetMetadata) {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<
    keyof DatasetMetadata
  >;
  const changed = [...fields].filter((f) => before[f] !== after[f]);
  const pick = (m: DatasetMetadata) => Object.fromEntries(changed.map((f) => [f, m[f] ?? null]));
  return { changed, before: pick(before), after: pick(after) };
}
