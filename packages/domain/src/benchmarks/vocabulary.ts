import { z } from "zod";

export const units = [
  "usd_per_year",
  "usd",
  "percent",
  "percent_change",
  "count",
  "ratio",
  "rank",
] as const;
export const unitSchema = z.enum(units);
export type Unit = z.infer<typeof unitSchema>;

export const statistics = ["point", "mean", "median", "range", "min", "max"] as const;
export const statisticSchema = z.enum(statistics);
export type Statistic = z.infer<typeof statisticSchema>;

export const datePrecisions = ["year", "month", "day"] as const;
export const datePrecisionSchema = z.enum(datePrecisions);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

/** The dimensions a data point can belong to. */
export const dimensionNames = [
  "role",
  "company",
  "industry",
  "level",
  "location",
  "specialization",
  "skill",
  "education",
] as const;
export type DimensionName = (typeof dimensionNames)[number];
