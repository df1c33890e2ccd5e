import { boundedRevisionCache, cachedByRevision } from "@aiml/cache";
import {
  type BenchmarkFigure,
  buildDashboard,
  chartCatalog,
  type DashboardFilters,
  type DashboardPage,
  dashboardFiltersSchema,
  dashboardPages,
  knownCompanies,
  overviewHeadlines,
  pageInfo,
  sourcesOnlyDatasets,
} from "@aiml/domain";
import { z } from "zod";
import { publishedFigures } from "../queries/market/reads/cached-figures";
import { findPublishedFiguresByRef } from "../queries/market/reads/published-figures";
import { findPublishedDatasets, findSourceDocuments } from "../queries/market/reads/sources";
import { createTRPCRouter, publishedDataProcedure } from "../trpc";

function groupBySlug<T extends { source: { datasetSlug: string } }>(figures: T[]) {
  const groups = new Map<string, T[]>();
  for (const f of figures) {
    const group = groups.get(f.source.datasetSlug);
    if (group) group.push(f);
    else groups.set(f.source.datasetSlug, [f]);
  }
  return groups;
}

/** Built dashboards by input: signed-in views and client navigations repeat the same few. */
const dashboardResults = boundedRevisionCache<ReturnType<typeof buildDashboardResult>>(
  "dashboards",
  50,
);

function buildDashboardResult(
  figures: BenchmarkFigure[],
  input: { page: DashboardPage; filters: DashboardFilters; allRows: boolean },
) {
  const companies = new Set(knownCompanies(figures).map((c) => c.toLowerCase()));
  return {
    page: pageInfo[input.page],
    charts: buildDashboard(input.page, figures, input.filters, {
      maxRows: input.allRows ? Number.POSITIVE_INFINITY : undefined,
    }),
    unknownHighlights: input.filters.highlight.filter((h) => !companies.has(h.toLowerCase())),
  };
}

/** Datasets per page of the sources listing. */
export const SOURCES_PAGE_SIZE = 25;

export const marketRouter = createTRPCRouter({
  /** The Overview's headline figures, each with its source. */
  overview: publishedDataProcedure.query(({ ctx }) =>
    cachedByRevision(ctx.db, "overview", async () => {
      const refs = overviewHeadlines.flatMap((h) =>
        h.companion ? [h.figure, h.companion] : [h.figure],
      );
      const figures = await findPublishedFiguresByRef(ctx.db, refs);
      const lookup = (ref: { datasetSlug: string; key: string }) =>
        figures.get(`${ref.datasetSlug}/${ref.key}`) ?? null;
      return {
        headlines: overviewHeadlines.map((h) => ({
          id: h.id,
          title: h.title,
          href: h.href,
          figure: lookup(h.figure),
          companion: h.companion ? lookup(h.companion) : null,
        })),
      };
    }),
  ),

  /** One dashboard page: its charts built from the published figures and the page's filters. */
  dashboard: publishedDataProcedure
    .input(
      z.object({
        page: z.enum(dashboardPages),
        filters: dashboardFiltersSchema.default({ comp: "all", highlight: [] }),
        /** Every matching row instead of the top MAX_CHART_ROWS of each chart (CSV downloads). */
        allRows: z.boolean().default(false),
      }),
    )
    .query(async ({ ctx, input }) => {
      const build = async () => buildDashboardResult(await publishedFigures(ctx.db), input);
      // Every row of every chart (a CSV download) can be large at scale, and is rarely asked
      // again: built each time rather than kept.
      return input.allRows ? build() : dashboardResults(ctx.db, JSON.stringify(input), build);
    }),

  /** The companies, levels and locations the benchmarks cover, for forms that match against them. */
  dimensions: publishedDataProcedure.query(({ ctx }) =>
    cachedByRevision(ctx.db, "dimensions", async () => {
      const figures = await publishedFigures(ctx.db);
      const distinct = (pick: (f: (typeof figures)[number]) => string | null) =>
        [...new Set(figures.map(pick).filter((v): v is string => v !== null))].sort((a, b) =>
          a.localeCompare(b),
        );
      return {
        companies: distinct((f) => f.company),
        levels: distinct((f) => f.level),
        locations: distinct((f) => f.location),
      };
    }),
  ),

  /**
   * The published datasets with their provenance, their figures and the charts that use them,
   * SOURCES_PAGE_SIZE per page (the page holding `dataset` when it is given).
   */
  sources: publishedDataProcedure
    .input(
      z
        .object({
          page: z.number().int().min(1).max(1_000_000).optional(),
          dataset: z.string().max(200).optional(),
        })
        .default({}),
    )
    .query(({ ctx, input }) =>
      cachedByRevision(ctx.db, "sources", async () => {
        const [datasets, documents, figures] = await Promise.all([
          findPublishedDatasets(ctx.db),
          findSourceDocuments(ctx.db),
          publishedFigures(ctx.db),
        ]);
        return {
          datasets,
          documents,
          figuresBySlug: groupBySlug(figures),
        };
      }).then(({ datasets, documents, figuresBySlug }) => {
        const pageCount = Math.max(1, Math.ceil(datasets.length / SOURCES_PAGE_SIZE));
        const index = input.dataset ? datasets.findIndex((d) => d.slug === input.dataset) : -1;
        const requested =
          index >= 0 ? Math.floor(index / SOURCES_PAGE_SIZE) + 1 : (input.page ?? 1);
        const page = Math.min(requested, pageCount);
        const onPage = datasets.slice((page - 1) * SOURCES_PAGE_SIZE, page * SOURCES_PAGE_SIZE);
        return {
          page,
          pageCount,
          datasetCount: datasets.length,
          /** The page asked for does not exist: `page` is the last one instead. */
          pageMissing: requested > pageCount,
          documents: documents.map((d) => ({
            id: d.id,
            title: d.title,
            author: d.author,
            publisher: d.publisher,
            url: d.url,
            description: d.description,
          })),
          datasets: onPage.map((d) => {
            const own = figuresBySlug.get(d.slug) ?? [];
            const charts = chartCatalog
              .filter((chart) => own.some(chart.select))
              .map((chart) => ({
                id: chart.id,
                title: chart.title,
                path: pageInfo[chart.page].path,
              }));
            return {
              slug: d.slug,
              title: d.title,
              publisher: d.publisher,
              sourceUrl: d.sourceUrl,
              asOf: d.asOf.toISOString().slice(0, 10),
              asOfPrecision: d.asOfPrecision,
              methodology: d.methodology,
              licenceName: d.licenceName,
              licenceUrl: d.licenceUrl,
              attribution: d.attribution,
              /** Open data (observations) rather than figures read from an article. */
              openData: d.importFormat !== null,
              version: d.publishedVersion?.number ?? null,
              publishedAt: d.publishedVersion?.publishedAt ?? null,
              sourcesOnly: sourcesOnlyDatasets.includes(d.slug),
              charts,
              figures: own,
            };
          }),
        };
      }),
    ),
});
