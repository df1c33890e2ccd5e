import {
  buildDashboard,
  chartCatalog,
  dashboardFiltersSchema,
  dashboardPages,
  knownCompanies,
  overviewHeadlines,
  pageInfo,
  sourcesOnlyDatasets,
} from "@aiml/domain";
import { z } from "zod";
import { cachedByRevision } from "../cache/revision-cache";
import { publishedFigures } from "../queries/cached-figures";
import { findPublishedFiguresByRef } from "../queries/published-figures";
import { findPublishedDatasets, findSourceDocuments } from "../queries/sources";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const marketRouter = createTRPCRouter({
  /** The Overview's headline figures, each with its source. */
  overview: publicProcedure.query(({ ctx }) =>
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
  dashboard: publicProcedure
    .input(
      z.object({
        page: z.enum(dashboardPages),
        filters: dashboardFiltersSchema.default({ comp: "all", highlight: [] }),
      }),
    )
    .query(async ({ ctx, input }) => {
      const figures = await publishedFigures(ctx.db);
      const companies = knownCompanies(figures).map((c) => c.toLowerCase());
      return {
        page: pageInfo[input.page],
        charts: buildDashboard(input.page, figures, input.filters),
        unknownHighlights: input.filters.highlight.filter(
          (h) => !companies.includes(h.toLowerCase()),
        ),
      };
    }),

  /** The companies, levels and locations the benchmarks cover, for forms that match against them. */
  dimensions: publicProcedure.query(({ ctx }) =>
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

  /** Every published dataset with its provenance, its figures, and the charts that use them. */
  sources: publicProcedure.query(({ ctx }) =>
    cachedByRevision(ctx.db, "sources", async () => {
      const [datasets, documents, figures] = await Promise.all([
        findPublishedDatasets(ctx.db),
        findSourceDocuments(ctx.db),
        publishedFigures(ctx.db),
      ]);
      return {
        documents: documents.map((d) => ({
          id: d.id,
          title: d.title,
          author: d.author,
          publisher: d.publisher,
          url: d.url,
          description: d.description,
        })),
        datasets: datasets.map((d) => {
          const own = figures.filter((f) => f.source.datasetSlug === d.slug);
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
