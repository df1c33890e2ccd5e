import { z } from "zod";
import { diffVersions, exportVersionCsv, listVersions } from "../../queries/admin/reads/versions";
import { rollbackToVersion } from "../../queries/admin/writes/rollback";
import { adminProcedure, createTRPCRouter, publishingProcedure } from "../../trpc";
import { actorOf, id, note } from "./inputs";

const versionRef = z.object({ datasetId: id, versionId: id });

export const adminVersionsRouter = createTRPCRouter({
  list: adminProcedure
    .input(z.object({ datasetId: id }))
    .query(({ ctx, input }) => listVersions(ctx.db, input.datasetId)),

  /** From `fromVersionId` to `toVersionId`; each list is cut to `limit`, the counts are not. */
  diff: adminProcedure
    .input(
      z.object({
        datasetId: id,
        fromVersionId: id,
        toVersionId: id,
        limit: z.number().int().min(1).max(5_000).default(500),
      }),
    )
    .query(({ ctx, input }) => diffVersions(ctx.db, input)),

  /** Publishes a copy of an earlier version as a new version. */
  rollback: publishingProcedure
    .input(versionRef.extend({ note }))
    .mutation(({ ctx, input }) => rollbackToVersion(ctx.db, actorOf(ctx.session), input)),

  exportCsv: adminProcedure
    .input(versionRef)
    .query(({ ctx, input }) => exportVersionCsv(ctx.db, input.datasetId, input.versionId)),
});
