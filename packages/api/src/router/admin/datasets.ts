import { datasetMetadataSchema } from "@aiml/domain";
import { z } from "zod";
import { getDataset, listDatasets } from "../../queries/admin/reads/datasets";
import { createDataset, updateDatasetMetadata } from "../../queries/admin/writes/datasets";
import { adminProcedure, createTRPCRouter, publishingProcedure } from "../../trpc";
import { actorOf, id } from "./inputs";

export const adminDatasetsRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listDatasets(ctx.db)),

  get: adminProcedure
    .input(z.object({ id }))
    .query(({ ctx, input }) => getDataset(ctx.db, input.id)),

  /** A new dataset starts with an empty draft (version 1). */
  create: adminProcedure
    .input(z.object({ metadata: datasetMetadataSchema }))
    .mutation(({ ctx, input }) => createDataset(ctx.db, actorOf(ctx.session), input.metadata)),

  /** Replaces the metadata (omitted optional fields are cleared). */
  update: publishingProcedure
    .input(z.object({ id, metadata: datasetMetadataSchema }))
    .mutation(({ ctx, input }) =>
      updateDatasetMetadata(ctx.db, actorOf(ctx.session), input.id, input.metadata),
    ),
});
