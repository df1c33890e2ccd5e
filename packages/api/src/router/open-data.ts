import { boundedRevisionCache } from "@aiml/cache";
import {
  distributionInputSchema,
  fxRateInputSchema,
  latestByStateInputSchema,
  oewsWagesInputSchema,
  openDataDimensionsInputSchema,
  pageMetricsInputSchema,
  priceParityInputSchema,
  projectionsInputSchema,
  timeSeriesInputSchema,
} from "@aiml/domain";
import {
  articleVintages,
  employmentProjections,
  fxRate,
  oewsWages,
  openDataDimensions,
  openDataDistribution,
  openDataLatestByState,
  openDataPageMetrics,
  openDataTimeSeries,
  priceParity,
  sameMeasureAcrossDatasets,
} from "../queries/open-data/reads";
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
  /**
   * Where two sources give the same measure: article figures beside the official series they
   * quote (every vintage, and the gap), and medians two open datasets both publish.
   */
  vintages: publishedDataProcedure.query(({ ctx }) =>
    cached(ctx, "vintages", null, async () => ({
      articles: await articleVintages(ctx.db),
      sameMeasure: await sameMeasureAcrossDatasets(ctx.db),
    })),
  ),
  /** The metrics a dashboard page shows (admin-edited definitions) with their data. */
  pageMetrics: publishedDataProcedure
    .input(pageMetricsInputSchema)
    .query(({ ctx, input }) =>
      cached(ctx, "pageMetrics", input, () => openDataPageMetrics(ctx.db, input)),
    ),
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
