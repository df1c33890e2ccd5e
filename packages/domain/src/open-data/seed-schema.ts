import { z } from "zod";
import { httpUrlSchema, slugSchema } from "../benchmarks/schemas";
import { datePrecisionSchema } from "../benchmarks/vocabulary";
import { openDataFormats } from "./formats";
import { periodSchema } from "./read-inputs";

const codes = z.array(z.string().min(1).max(20)).min(1).max(50);

export const seriesBreakSchema = z.object({
  at: periodSchema,
  dimension: z.literal("socCode"),
  fromCodes: codes,
  toCodes: codes,
  description: z.string().min(1).max(2000),
});
export type SeriesBreakInput = z.infer<typeof seriesBreakSchema>;

/** prisma/seed/open-data/<folder>/dataset.json: a dataset's metadata beside its data.csv. */
export const openDataSeedSchema = z
  .object({
    slug: slugSchema,
    title: z.string().min(1).max(300),
    publisher: z.string().min(1).max(200),
    sourceUrl: httpUrlSchema,
    asOf: periodSchema,
    asOfPrecision: datePrecisionSchema,
    licenceName: z.string().min(1).max(200),
    licenceUrl: httpUrlSchema,
    attribution: z.string().min(1).max(300),
    importFormat: z.string().refine((id) => id in openDataFormats, "a known import format"),
    methodology: z.string().min(1).max(5000),
    breaks: z.array(seriesBreakSchema).default([]),
  })
  .strict();
export type OpenDataSeed = z.infer<typeof openDataSeedSchema>;
