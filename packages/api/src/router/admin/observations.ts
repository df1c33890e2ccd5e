import { dimensionFilterSchema } from "@aiml/domain";
import { z } from "zod";
import {
  diffExportPlan,
  seriesDiff,
  versionExportPlan,
} from "../../queries/admin/open-data/reads/export-plans";
import { observationPage } from "../../queries/admin/open-data/reads/observation-page";
import { adminProcedure, createTRPCRouter } from "../../trpc";
import { id } from "./inputs";

const metric = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[a-z][a-z0-9_]*$/, "a metric name (lower-case letters, digits and underscores)");

const versionPair = z.object({ datasetId: id, fromVersionId: id, toVersionId: id });

/** The open-data observations of any version (a draft's included), read a page at a time. */
export const adminObservationsRouter = createTRPCRouter({
  list: adminProcedure
    .input(
      z.object({
        datasetId: id,
        versionId: id,
        metric: metric.optional(),
        seriesKey: z.string().trim().min(1).max(500).optional(),
        filters: dimensionFilterSchema.default({}),
        offset: z.number().int().min(0).max(1_000_000_000).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      }),
    )
    .query(({ ctx, input }) => observationPage(ctx.db, input)),

  /**
   * What the CSV download of a version needs (file name, licence and attribution notes); the
   * route then streams the rows from Postgres. Null for a dataset of article figures.
   */
  exportPlan: adminProcedure
    .input(z.object({ datasetId: id, versionId: id }))
    .query(({ ctx, input }) => versionExportPlan(ctx.db, input)),

  /** The same for the CSV of the differences between two versions. */
  diffExportPlan: adminProcedure
    .input(versionPair)
    .query(({ ctx, input }) => diffExportPlan(ctx.db, input)),

  /** Observations added, removed and changed between two versions: totals and per series. */
  diff: adminProcedure
    .input(
      versionPair.extend({
        offset: z.number().int().min(0).max(1_000_000).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      }),
    )
    .query(({ ctx, input }) => seriesDiff(ctx.db, input)),
});
