import { importTemplateCsv, openDataFormats } from "@aiml/domain";
import { z } from "zod";
import { datasetNotFound } from "../../queries/admin/dataset-lock";
import { applyImport, previewImport } from "../../queries/admin/import/import-draft";
import { readProgress, trackProgress } from "../../queries/admin/import/import-progress";
import { adminProcedure, createTRPCRouter } from "../../trpc";
import { actorOf, id, note, revision } from "./inputs";

/** About 200,000 rows of CSV. */
export const MAX_UPLOAD_BYTES = 40 * 1024 * 1024;
const MAX_UPLOAD_BASE64_LENGTH = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;
const TOO_LARGE = "The file is larger than 40 MB";

/** Chosen by the client for one preview or commit, to ask how far it has got. */
export const progressId = z
  .string()
  .regex(/^[\w-]{16,64}$/, "A progress id is 16 to 64 letters, digits, _ or -");

const file = {
  fileName: z.string().trim().min(1).max(255).optional(),
  /** The file's bytes, base64-encoded: how JSON clients send a file. */
  contentBase64: z
    .base64("The file must be sent base64-encoded")
    .max(MAX_UPLOAD_BASE64_LENGTH, TOO_LARGE)
    .optional(),
  /** The file's bytes as they are: how the app's upload route, calling in-process, sends it. */
  content: z
    .instanceof(Uint8Array)
    .refine((bytes) => bytes.length <= MAX_UPLOAD_BYTES, TOO_LARGE)
    .optional(),
  progressId: progressId.optional(),
};

type FileInput = { contentBase64?: string; content?: Uint8Array };

const sendOneFile = (input: FileInput, ctx: z.RefinementCtx) => {
  if ((input.contentBase64 === undefined) === (input.content === undefined)) {
    ctx.addIssue({
      code: "custom",
      path: ["contentBase64"],
      message: "Send the file once: base64-encoded in contentBase64",
    });
  }
};

/** The file's bytes, in memory of their own (they move to the worker that checks them). */
const bytesOf = (input: FileInput) =>
  input.content ?? new Uint8Array(Buffer.from(input.contentBase64 ?? "", "base64"));

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

  /** Parses and checks a file; writes nothing (a mutation only because the file is large). */
  preview: adminProcedure
    .input(z.object({ ...file, datasetId: id }).superRefine(sendOneFile))
    .mutation(async ({ ctx, input }) => {
      const progress = trackProgress(input.progressId, ctx.session.user.id);
      try {
        const upload = { fileName: input.fileName, bytes: bytesOf(input) };
        return await previewImport(ctx.db, input.datasetId, upload, progress.report);
      } finally {
        progress.finish();
      }
    }),

  /**
   * Replaces the draft's rows with the file's rows, all or nothing. (Named `commit`: tRPC
   * reserves `apply` as a procedure name.)
   */
  commit: adminProcedure
    .input(
      z.object({ ...file, datasetId: id, draftId: id, revision, note }).superRefine(sendOneFile),
    )
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
            upload: { fileName: input.fileName, bytes: bytesOf(input) },
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
