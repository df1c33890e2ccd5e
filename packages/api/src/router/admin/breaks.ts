import { seriesBreakSchema } from "@aiml/domain";
import { z } from "zod";
import { listBreaks } from "../../queries/admin/open-data/reads/series-breaks";
import { changeBreak } from "../../queries/admin/open-data/writes/series-breaks";
import { adminProcedure, createTRPCRouter } from "../../trpc";
import { actorOf, id, revision } from "./inputs";

const code = z.string().trim().min(1).max(20);
/** A break as an admin enters it: a date, the codes before and after, and the reason. */
const breakInput = seriesBreakSchema.extend({
  fromCodes: z.array(code).min(1).max(50),
  toCodes: z.array(code).min(1).max(50),
  description: z.string().trim().min(1).max(2000),
});
const draftRef = z.object({ datasetId: id, draftId: id, revision });
const breakId = z.number().int().min(1).max(2_147_483_647);

/**
 * Series breaks (a definitional change such as a SOC code split, drawn as a break in a chart):
 * edited in a draft, shown on the public charts once it is published. Every change is audited.
 */
export const adminBreaksRouter = createTRPCRouter({
  list: adminProcedure
    .input(z.object({ datasetId: id, versionId: id }))
    .query(({ ctx, input }) => listBreaks(ctx.db, input)),

  create: adminProcedure
    .input(draftRef.extend({ break: breakInput }))
    .mutation(({ ctx, input }) =>
      changeBreak(ctx.db, actorOf(ctx.session), input, { kind: "create", value: input.break }),
    ),

  update: adminProcedure
    .input(draftRef.extend({ breakId, break: breakInput }))
    .mutation(({ ctx, input }) =>
      changeBreak(ctx.db, actorOf(ctx.session), input, {
        kind: "update",
        breakId: input.breakId,
        value: input.break,
      }),
    ),

  delete: adminProcedure
    .input(draftRef.extend({ breakId }))
    .mutation(({ ctx, input }) =>
      changeBreak(ctx.db, actorOf(ctx.session), input, { kind: "delete", breakId: input.breakId }),
    ),
});
