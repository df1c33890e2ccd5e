import { importTemplateCsv, openDataFormats } from "@aiml/domain";
import { z } from "zod";
import { applyImport, previewImport } from "../../import/import-draft";
import { readProgress, trackProgress } from "../../import/progress/progress-store";
import { commitInput, previewInput, progressId } from "../../import/upload/import-input";
import { datasetNotFound } from "../../queries/admin/not-found-errors";
import { adminProcedure, createTRPCRouter } from "../../trpc";
import { actorOf, id } from "./inputs";

export const adminImportRouter = createTRPCRouter({
  /**
   * The CSV header and an example row; for an open-data dataset, the header of its layout and
   * what the layout holds.
   */
  template: adminProcedure
    .input(z.object({ datasetId: id }).optional())
    .query(async ({ ctx, input }) => {
      const dataset = input
        ? await ctx.db.dataset.findUnique({
            where: { id: input.datasetId },
            select: { slug: true, importFormat: true },
          })
        : null;
      if (input && !dataset) throw datasetNotFound();
      const format = dataset?.importFormat ? openDataFormats[dataset.importFormat] : undefined;
      if (dataset && format) {
        return {
          filename: `${dataset.slug}-import-template.csv`,
          csv: `${format.columns.join(",")}\n`,
          description: format.description,
        };
      }
      return {
        filename: "dataset-import-template.csv",
        csv: importTemplateCsv(),
        description: null,
      };
    }),

  /**
   * Parses and checks a file; writes nothing (a mutation only because the file is large). The
   * file's bytes come as they are, so only a server-side caller can send them: the upload route
   * (apps/web, …/import/preview), which streams the request body in.
   */
  preview: adminProcedure.input(previewInput).mutation(async ({ ctx, input }) => {
    const progress = trackProgress(ctx.db, input.progressId, ctx.session.user.id);
    try {
      const upload = { fileName: input.fileName, bytes: input.content };
      return await previewImport(ctx.db, input.datasetId, upload, progress.report);
    } finally {
      await progress.finish();
    }
  }),

  /**
   * Replaces the draft's rows with the file's rows, all or nothing. (Named `commit`: tRPC
   * reserves `apply` as a procedure name.)
   */
  commit: adminProcedure.input(commitInput).mutation(async ({ ctx, input }) => {
    const progress = trackProgress(ctx.db, input.progressId, ctx.session.user.id);
    try {
      return await applyImport(
        ctx.db,
        actorOf(ctx.session),
        {
          datasetId: input.datasetId,
          draftId: input.draftId,
          revision: input.revision,
          note: input.note,
          upload: { fileName: input.fileName, bytes: input.content },
        },
        progress.report,
      );
    } finally {
      await progress.finish();
    }
  }),

  /**
   * How far a preview or commit started with `progressId` has got, on whichever app instance it
   * runs: null before it reports and after it ends.
   */
  progress: adminProcedure
    .input(z.object({ progressId }))
    .query(({ ctx, input }) => readProgress(ctx.db, input.progressId, ctx.session.user.id)),
});
