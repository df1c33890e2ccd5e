import { z } from "zod";
import { listAuditEntries } from "../../queries/admin/audit-list";
import { adminProcedure, createTRPCRouter } from "../../trpc";
import { id } from "./inputs";

export const adminAuditRouter = createTRPCRouter({
  /** Newest first; pass the returned `nextCursor` back as `cursor` for the next page. */
  list: adminProcedure
    .input(
      z
        .object({
          actorId: id.optional(),
          datasetId: id.optional(),
          action: z.string().trim().min(1).max(64).optional(),
          from: z.date().optional(),
          to: z.date().optional(),
          cursor: id.optional(),
          limit: z.number().int().min(1).max(200).default(50),
        })
        .prefault({}),
    )
    .query(({ ctx, input }) => listAuditEntries(ctx.db, input)),
});
