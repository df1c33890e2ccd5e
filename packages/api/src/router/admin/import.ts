import { importTemplateCsv } from "@aiml/domain";
import { z } from "zod";
import { applyImport, previewImport } from "../../queries/admin/import/import-draft";
import { readProgress, trackProgress } from "../../queries/admin/import/import-progress";
import { adminProcedure, createTRPCRouter } from "../../trpc";
import { actorOf, id, note, revision } from "./inputs";

/** 40 MB of CSV (about 200,000 rows), base64-encoded. */
const MAX_UPLOAD_BASE64_LENGTH = Math.ceil((40 * 1024 * 1024) / 3) * 4;

/** Chosen by the client for one preview or commit, to ask how far it has got. */
const progressId = z
  .string()
  .regex(/^[\w-]{16,64}$/, "A progress id is 16 to 64 letters, digits, _ or -");

const upload = z.object({
  fileName: z.string().trim().min(1).max(255).optional(),
  contentBase64: z
    .base64("The file must be sent base64-encoded")
    .max(MAX_UPLOAD_BASE64_LENGTH, "The file is larger than 40 MB"),
  progressId: progressId.optional(),
});

export const adminImportRouter = createTRPCRouter({
  /** The CSV header and an example row. */
  template: adminProcedure.query(() => ({
    filename: "dataset-import-template.csv",
    csv: importTemplateCsv(),
  })),

  /** Parses and checks a file; writes nothing (a mutation only because the file is large). */
  preview: adminProcedure
    .input(upload.extend({ datasetId: id }))
    .mutation(async ({ ctx, input }) => {
      const progress = trackProgress(input.progressId, ctx.session.user.id);
      try {
        return await previewImport(ctx.db, input.datasetId, input, progress.report);
      } finally {
        progress.finish();
      }
    }),

  /**
   * Replaces the draft's rows with the file's rows, all or nothing. (Named `commit`: tRPC
   * reserves `apply` as a procedure name.)
   */
  commit: adminProcedure
    .input(upload.extend({ datasetId: id, draftId: id, revision, note }))
    .mutation(async ({ ctx, input }) => {
      const progress = trackProgress(input.progressId, ctx.session.user.id);
      try {
        return await applyImport(
          ctx.db,
          actorOf(ctx.session),
          {
            datasetId: input.datasetId,
            draftId: input.draftId,
            revision: input.revision,
            note: input.note,
            upload: { fileName: input.fileName, contentBase64: input.contentBase64 },
          },
          progress.report,
        );
      } finally {
        progress.finish();
      }
    }),

  /**
   * How far a preview or commit started with `progressId` has got: null before it reports, after
   * it ends, or when it runs on another app instance.
   */
  progress: adminProcedure
    .input(z.object({ progressId }))
    .query(({ ctx, input }) => readProgress(input.progressId, ctx.session.user.id)),
});
