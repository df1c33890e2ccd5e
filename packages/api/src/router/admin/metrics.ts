import { metricDefinitionSchema } from "@aiml/domain";
import { z } from "zod";
import { listMetricDefinitions } from "../../queries/admin/reads/metrics";
import {
  createMetricDefinition,
  deleteMetricDefinition,
  updateMetricDefinition,
} from "../../queries/admin/writes/metrics";
import { adminProcedure, createTRPCRouter } from "../../trpc";
import { actorOf, id } from "./inputs";

/** The metric definitions that decide which open-data metrics each dashboard draws. */
export const adminMetricsRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listMetricDefinitions(ctx.db)),
  create: adminProcedure
    .input(z.object({ definition: metricDefinitionSchema }))
    .mutation(({ ctx, input }) =>
      createMetricDefinition(ctx.db, actorOf(ctx.session), input.definition),
    ),
  update: adminProcedure
    .input(z.object({ id, definition: metricDefinitionSchema }))
    .mutation(({ ctx, input }) =>
      updateMetricDefinition(ctx.db, actorOf(ctx.session), input.id, input.definition),
    ),
  delete: adminProcedure
    .input(z.object({ id }))
    .mutation(({ ctx, input }) => deleteMetricDefinition(ctx.db, actorOf(ctx.session), input.id)),
});
