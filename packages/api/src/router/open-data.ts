import {
  distributionInputSchema,
  fxRateInputSchema,
  latestByStateInputSchema,
  oewsWagesInputSchema,
  openDataDimensionsInputSchema,
  priceParityInputSchema,
  projectionsInputSchema,
  timeSeriesInputSchema,
} from "@aiml/domain";
import { boundedRevisionCache } from "../cache/revision-cache";
import {
  employmentProjections,
  fxRate,
  oewsWages,
  openDataDimensions,
  openDataDistribution,
  openDataLatestByState,
  openDataTimeSeries,
  priceParity,
} from "../queries/open-data";
import { createTRPCRouter, publishedDataProcedure } from "../trpc";

/**
 * Results by procedure and input for the current data revision. Each read asks Postgres only
 * for what it returns, so a miss is cheap too; this spares repeated charts the round trips.
 */
const results = boundedRevisionCache<unknown>("open-data", 500);

function cached<T>(
  ctx: { db: Parameters<typeof results>[0] },
  name: string,
  input: unknown,
  load: () => Promise<T>,
) {
  return results(ctx.db, `${name}:${JSON.stringify(input)}`, load) as Promise<T>;
}

/** Public reads of the published open data (time series, distributions, lookups). */
export const openDataRouter = createTRPCRouter({
  timeSeries: publishedDataProcedure
    .input(timeSeriesInputSchema)
    .query(({ ctx, input }) =>
      cached(ctx, "timeSeries", input, () => openDataTimeSeries(ctx.db, input)),
    ),
  distribution: publishedDataProcedure
    .input(distributionInputSchema)
    .query(({ ctx, input }) =>
      cached(ctx, "distribution", input, () => openDataDistribution(ctx.db, input)),
    ),
  latestByState: publishedDataProcedure
    .input(latestByStateInputSchema)
    .query(({ ctx, input }) =>
      cached(ctx, "latestByState", input, () => openDataLatestByState(ctx.db, input)),
    ),
  dimensions: publishedDataProcedure
    .input(openDataDimensionsInputSchema)
    .query(({ ctx, input }) =>
      cached(ctx, "dimensions", input, () => openDataDimensions(ctx.db, input)),
    ),
  fxRate: publishedDataProcedure
    .input(fxRateInputSchema)
    .query(({ ctx, input }) => cached(ctx, "fxRate", input, () => fxRate(ctx.db, input))),
  priceParity: publishedDataProcedure
    .input(priceParityInputSchema)
    .query(({ ctx, input }) => cached(ctx, "priceParity", input, () => priceParity(ctx.db, input))),
  oewsWages: publishedDataProcedure
    .input(oewsWagesInputSchema)
    .query(({ ctx, input }) => cached(ctx, "oewsWages", input, () => oewsWages(ctx.db, input))),
  projections: publishedDataProcedure
    .input(projectionsInputSchema)
    .query(({ ctx, input }) =>
      cached(ctx, "projections", input, () => employmentProjections(ctx.db, input)),
    ),
});
