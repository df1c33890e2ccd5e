import { z } from "zod";
import { parseIsoDate } from "./period";
import { observationStatisticSchema, type SeriesDimensionName } from "./vocabulary";

const slug = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, "a dataset slug (lower-case letters, digits and hyphens)");
const metric = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z][a-z0-9_]*$/, "a metric name (lower-case letters, digits and underscores)");
export const periodSchema = z
  .string()
  .refine((text) => parseIsoDate(text) !== null, "a YYYY-MM-DD date");
const dimensionValue = z.string().min(1).max(200);
const dimensionFilterValue = z.union([dimensionValue, z.array(dimensionValue).min(1).max(100)]);

export const dimensionFilterSchema = z
  .object({
    socCode: dimensionFilterValue,
    occupation: dimensionFilterValue,
    state: dimensionFilterValue,
    sector: dimensionFilterValue,
    currency: dimensionFilterValue,
    postingsType: dimensionFilterValue,
    seasonalAdjustment: dimensionFilterValue,
  } satisfies Record<SeriesDimensionName, unknown>)
  .partial()
  .strict();
export type DimensionFilter = z.infer<typeof dimensionFilterSchema>;

export const timeBuckets = ["none", "week", "month", "quarter", "year"] as const;
export const timeAggregates = ["mean", "last", "min", "max"] as const;

export const timeSeriesInputSchema = z
  .object({
    dataset: slug,
    metric,
    filters: dimensionFilterSchema.default({}),
    from: periodSchema.optional(),
    to: periodSchema.optional(),
    bucket: z.enum(timeBuckets).default("none"),
    aggregate: z.enum(timeAggregates).default("mean"),
    statistic: observationStatisticSchema.default("value"),
    /** At most this many points per series: equal-time buckets computed in SQL. */
    maxPoints: z.number().int().min(2).max(5000).optional(),
    maxSeries: z.number().int().min(1).max(200).default(60),
  })
  .refine((i) => !i.from || !i.to || i.from <= i.to, { message: "from must not be after to" });
export type TimeSeriesInput = z.infer<typeof timeSeriesInputSchema>;

export const distributionInputSchema = z
  .object({
    dataset: slug,
    metric,
    socCode: z.string().regex(/^\d{2}-\d{4}$/, "a SOC code like 15-2051"),
    state: z
      .string()
      .regex(/^[A-Z]{2}$/, 'a two-letter state code or "US"')
      .default("US"),
    from: periodSchema.optional(),
    to: periodSchema.optional(),
  })
  .refine((i) => !i.from || !i.to || i.from <= i.to, { message: "from must not be after to" });
export type DistributionInput = z.infer<typeof distributionInputSchema>;

export const latestByStateInputSchema = z.object({
  dataset: slug,
  metric,
  filters: dimensionFilterSchema.default({}),
  statistic: observationStatisticSchema.default("value"),
  at: periodSchema.optional(),
});
export type LatestByStateInput = z.infer<typeof latestByStateInputSchema>;

const year = z.number().int().min(1900).max(2100);
export const fxRateInputSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/, "a three-letter currency code"),
  year,
});
export const priceParityInputSchema = z.object({
  state: z.string().regex(/^[A-Z]{2}$/, 'a two-letter state code or "US"'),
  year,
});
export const oewsWagesInputSchema = z.object({
  socCode: z.string().regex(/^\d{2}-\d{4}$/, "a SOC code like 15-2051"),
  state: z
    .string()
    .regex(/^[A-Z]{2}$/, 'a two-letter state code or "US"')
    .default("US"),
  year,
});
export const projectionsInputSchema = z
  .object({
    socCodes: z
      .array(z.string().regex(/^\d{2}-\d{4}$/))
      .min(1)
      .max(100)
      .optional(),
  })
  .default({});
export const openDataDimensionsInputSchema = z.object({
  dataset: slug,
  metric: metric.optional(),
});
