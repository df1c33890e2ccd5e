import { Role } from "@aiml/db";
import { z } from "zod";
import { listUsers } from "../../queries/admin/reads/users";
import { setUserRole } from "../../queries/admin/writes/users";
import { adminProcedure, createTRPCRouter } from "../../trpc";
import { actorOf, id } from "./inputs";

export const adminUsersRouter = createTRPCRouter({
  list: adminProcedure
    .input(
      z
        .object({ cursor: id.optional(), limit: z.number().int().min(1).max(200).default(50) })
        .prefault({}),
    )
    .query(({ ctx, input }) => listUsers(ctx.db, input)),

  /** Promote or demote; the last admin cannot be demoted. */
  setRole: adminProcedure
    .input(z.object({ userId: id, role: z.enum(Role) }))
    .mutation(({ ctx, input }) => setUserRole(ctx.db, actorOf(ctx.session), input)),
});
