import type { Database, Prisma } from "@aiml/db";
import type { BenchmarkFigure, FigureSource } from "@aiml/domain";

const figureInclude = {
  sourceDocument: { select: { id: true, title: true } },
  version: {
    select: {
      dataset: {
        select: {
          slug: true,
          title: true,
          publisher: true,
          sourceUrl: true,
          asOf: true,
          asOfPrecision: true,
        },
      },
    },
  },
} satisfies Prisma.DataPointInclude;

type FigureRow = Prisma.DataPointGetPayload<{ include: typeof figureInclude }>;

const toNumber = (d: Prisma.Decimal | null) => (d === null ? null : d.toNumber());

export function toBenchmarkFigure(row: FigureRow): BenchmarkFigure {
  const dataset = row.version.dataset;
  return {
    id: row.id,
    key: row.key,
    metric: row.metric,
    statistic: row.statistic,
    unit: row.unit,
    value: toNumber(row.value),
    low: toNumber(row.low),
    high: toNumber(row.high),
    highOpen: row.highOpen,
    approximate: row.approximate,
    role: row.role,
    company: row.company,
    industry: row.industry,
    level: row.level,
    location: row.location,
    specialization: row.specialization,
    skill: row.skill,
    education: row.education,
    year: row.year,
    baseYear: row.baseYear,
    label: row.label,
    note: row.note,
    quote: row.quote,
    source: {
      datasetSlug: dataset.slug,
      datasetTitle: dataset.title,
      publisher: dataset.publisher,
      sourceUrl: dataset.sourceUrl,
      asOf: dataset.asOf.toISOString().slice(0, 10),
      asOfPrecision: dataset.asOfPrecision,
      documentId: row.sourceDocument?.id ?? null,
      documentTitle: row.sourceDocument?.title ?? null,
    },
  };
}

/** Only figures of each dataset's published version are public. */
const published = {
  version: { publishedOf: { isNot: null } },
} satisfies Prisma.DataPointWhereInput;

export interface FigureRef {
  datasetSlug: string;
  key: string;
}

/** The published figures with these (dataset, key) references, in the order asked for. */
export async function findPublishedFiguresByRef(
  db: Database,
  refs: readonly FigureRef[],
): Promise<Map<string, BenchmarkFigure>> {
  const rows = await db.dataPoint.findMany({
    where: {
      ...published,
      OR: refs.map((ref) => ({
        key: ref.key,
        version: { publishedOf: { is: { slug: ref.datasetSlug } } },
      })),
    },
    include: figureInclude,
  });
  return new Map(
    rows.map((row) => [`${row.version.dataset.slug}/${row.key}`, toBenchmarkFigure(row)]),
  );
}

/** A figure's columns with its source's beside them, as the joined query returns them. */
type PublishedFigureRow = Omit<BenchmarkFigure, "source"> & FigureSource & { datasetId: string };

/**
 * Every published figure, in dataset and row order. One joined query with numbers as float8:
 * with a hundred thousand figures, relation loading and Decimal conversion took seconds.
 */
export async function findPublishedFigures(db: Database): Promise<BenchmarkFigure[]> {
  const rows = await db.$queryRaw<PublishedFigureRow[]>`
    SELECT p."id", p."key", p."metric", p."statistic"::text AS "statistic", p."unit"::text AS "unit",
      p."value"::float8 AS "value", p."low"::float8 AS "low", p."high"::float8 AS "high",
      p."highOpen", p."approximate", p."role", p."company", p."industry", p."level",
      p."location", p."specialization", p."skill", p."education", p."year", p."baseYear",
      p."label", p."note", p."quote",
      d."id" AS "datasetId", d."slug" AS "datasetSlug", d."title" AS "datasetTitle",
      d."publisher", d."sourceUrl", to_char(d."asOf", 'YYYY-MM-DD') AS "asOf",
      d."asOfPrecision"::text AS "asOfPrecision",
      s."id" AS "documentId", s."title" AS "documentTitle"
    FROM "DataPoint" p
    JOIN "Dataset" d ON d."publishedVersionId" = p."versionId"
    LEFT JOIN "SourceDocument" s ON s."id" = p."sourceDocumentId"
    ORDER BY p."versionId", p."sortOrder"`;
  // Figures of one dataset and document share one source object.
  const sources = new Map<string, FigureSource>();
  return rows.map(
    ({
      datasetId,
      datasetSlug,
      datasetTitle,
      publisher,
      sourceUrl,
      asOf,
      asOfPrecision,
      documentId,
      documentTitle,
      ...figure
    }) => {
      const sourceKey = `${datasetId}/${documentId ?? ""}`;
      let source = sources.get(sourceKey);
      if (!source) {
        source = {
          datasetSlug,
          datasetTitle,
          publisher,
          sourceUrl,
          asOf,
          asOfPrecision,
          documentId,
          documentTitle,
        };
        sources.set(sourceKey, source);
      }
      return { ...figure, source };
    },
  );
}
