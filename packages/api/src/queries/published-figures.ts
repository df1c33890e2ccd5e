import type { Database, Prisma } from "@aiml/db";
import type { BenchmarkFigure } from "@aiml/domain";

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

export async function findPublishedFigures(
  db: Database,
  filter: { metrics?: string[]; datasetSlug?: string } = {},
): Promise<BenchmarkFigure[]> {
  const rows = await db.dataPoint.findMany({
    where: {
      ...published,
      ...(filter.metrics ? { metric: { in: filter.metrics } } : {}),
      ...(filter.datasetSlug
        ? { version: { publishedOf: { is: { slug: filter.datasetSlug } } } }
        : {}),
    },
    include: figureInclude,
    orderBy: [{ versionId: "asc" }, { sortOrder: "asc" }],
  });
  return rows.map(toBenchmarkFigure);
}
