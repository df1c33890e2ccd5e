import { dataPointInputSchema, keySchema } from "@aiml/domain";
import { z } from "zod";
import { getDraft } from "../../queries/admin/reads/drafts";
import { discardDraft, startDraft } from "../../queries/admin/writes/drafts";
import { publishDraft } from "../../queries/admin/writes/publish";
import { saveDraft } from "../../queries/admin/writes/save-draft";
import { adminProcedure, createTRPCRouter, publishingProcedure } from "../../trpc";
import { actorOf, id, note, revision } from "./inputs";

/** Larger changes go through a CSV import. */
const MAX_ROWS_PER_SAVE = 1_000;

const draftRef = z.object({ datasetId: id, draftId: id, revision });

export const adminDraftsRouter = createTRPCRouter({
  /** The draft (null if none) with one page of rows and the quality issues of all rows. */
  get: adminProcedure
    .input(
      z.object({
        datasetId: id,
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(5_000).default(500),
      }),
    )
    .query(({ ctx, input }) => getDraft(ctx.db, input)),

  /** "Start editing": returns the draft, creating it from the published version if needed. */
  start: adminProcedure
    .input(z.object({ datasetId: id }))
    .mutation(({ ctx, input }) => startDraft(ctx.db, actorOf(ctx.session), input.datasetId)),

  /** Adds, changes (by key) and deletes rows of a draft still at `revision`. */
  save: adminProcedure
    .input(
      draftRef.extend({
        changes: z.object({
          upsert: z.array(dataPointInputSchema).max(MAX_ROWS_PER_SAVE).default([]),
          delete: z.array(keySchema).max(MAX_ROWS_PER_SAVE).default([]),
        }),
        note,
      }),
    )
    .mutation(({ ctx, input }) => saveDraft(ctx.db, actorOf(ctx.session), input)),

  discard: adminProcedure
    .input(draftRef)
    .mutation(({ ctx, input }) => discardDraft(ctx.db, actorOf(ctx.session), input)),

  /** Publishes the draft as reviewed at `revision`; the public pages show it on their next read. */
  publish: publishingProcedure
    .input(draftRef.extend({ note }))
    .mutation(({ ctx, input }) => publishDraft(ctx.db, actorOf(ctx.session), input)),
});
