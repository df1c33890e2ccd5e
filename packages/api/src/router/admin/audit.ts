import { z } from "zod";
import { listAuditEntries } from "../../queries/admin/reads/audit-list";
import { adminProcedure, createTRPCRouter } from "../../trpc";
import { id } from "./inputs";

/** The years Postgres timestamps and the audit page both handle (a JS date can be year -271821). */
const auditTime = z
  .date()
  .min(new Date("0001-01-01T00:00:00Z"), "Use a date from the year 1 on")
  .max(new Date("9999-12-31T23:59:59.999Z"), "Use a date before the year 10000");

export const adminAuditRouter = createTRPCRouter({
  /** Newest first; pass the returned `nextCursor` back as `cursor` for the next page. */
  list: adminProcedure
    .input(
      z
        .object({
          actorId: id.optional(),
          datasetId: id.optional(),
          action: z.string().trim().min(1).max(64).optional(),
          from: auditTime.optional(),
          to: auditTime.optional(),
          cursor: id.optional(),
          limit: z.number().int().min(1).max(200).default(50),
        })
        .prefault({}),
    )
    .query(({ ctx, input }) => listAuditEntries(ctx.db, input)),
});
