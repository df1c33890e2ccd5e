import { createTRPCRouter, publicProcedure } from "../trpc";

export const systemRouter = createTRPCRouter({
  /** Whether the database answers. */
  health: publicProcedure.query(async ({ ctx }) => {
    try {
      await ctx.db.$queryRaw`SELECT 1`;
      return { database: "up" as const };
    } catch {
      return { database: "down" as const };
    }
  }),
});
