import { z } from "zod";
import { dashboardPages } from "../dashboards/pages";
import { dimensionFilterSchema } from "./read-inputs";
import { observationUnitSchema } from "./vocabulary";

export const chartKinds = ["time_series", "distribution", "ranked_bars", "state_map"] as const;
export const chartKindSchema = z.enum(chartKinds);
export type ChartKind = z.infer<typeof chartKindSchema>;

/**
 * What a metric of the open data is and where it is drawn. Admins edit these: a published
 * dataset with a defined metric shows on the metric's dashboard without a deploy.
 */
export const metricDefinitionSchema = z
  .object({
    /** The series' `metric`, e.g. "postings_index". */
    name: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .regex(/^[a-z][a-z0-9_]*$/, "Lower-case letters, digits and underscores, e.g. annual_wage"),
    label: z.string().trim().min(1).max(150),
    unit: observationUnitSchema,
    description: z.string().trim().min(1).max(2000),
    /** The dashboard page that draws it; null keeps it off every page (lookups only). */
    dashboard: z.enum(dashboardPages).nullable(),
    chartKind: chartKindSchema,
    /** The series the chart starts with, e.g. {"postingsType": "total", "state": "US"}. */
    defaultFilters: dimensionFilterSchema.default({}),
    sortOrder: z.number().int().min(0).max(100_000).default(0),
  })
  .strict();
export type MetricDefinitionInput = z.infer<typeof metricDefinitionSchema>;

export const pageMetricsInputSchema = z.object({ page: z.enum(dashboardPages) });
