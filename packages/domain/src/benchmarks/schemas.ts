import { z } from "zod";
import { openDataFormats } from "../open-data/formats";
import { metricSchema } from "./metrics";
import { datePrecisionSchema, statisticSchema, unitSchema } from "./vocabulary";

const MAX_AMOUNT = 1e15;

/** A decimal amount as it is stored: finite, at most 4 decimal places, within Decimal(20,4). */
export const amountSchema = z
  .number({ error: "Must be a number" })
  .finite("Must be a finite number")
  .refine((n) => Math.abs(n) < MAX_AMOUNT, "Too large: at most 15 digits before the decimal point")
  .refine(
    (n) =>
      Number.isInteger(Math.round(n * 10_000)) &&
      Math.abs(n * 10_000 - Math.round(n * 10_000)) < 1e-6,
    "At most 4 decimal places",
  );

const optionalText = (max: number) => z.string().trim().min(1).max(max).optional();

export const slugSchema = z
  .string()
  .trim()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens");

export const keySchema = z
  .string()
  .trim()
  .min(1)
  .max(160)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "Use lowercase letters, digits, dots, hyphens and underscores");

/** Only http(s) URLs: anything else (javascript:, data:) is rejected. */
export const httpUrlSchema = z
  .url({ protocol: /^https?$/, error: "Must be an http(s) URL" })
  .max(2000);

export const isoDateSchema = z.iso
  .date("Use a date like 2025-12-31")
  // ISO 8601 calls 1 BC "0000"; Postgres has no year 0 and refuses the date.
  .refine((date) => !date.startsWith("0000-"), "There is no year 0000: use a date like 2025-12-31");

export const dataPointInputSchema = z
  .object({
    key: keySchema,
    metric: metricSchema,
    statistic: statisticSchema,
    unit: unitSchema,
    value: amountSchema.optional(),
    low: amountSchema.optional(),
    high: amountSchema.optional(),
    highOpen: z.boolean().default(false),
    approximate: z.boolean().default(false),
    role: optionalText(120),
    company: optionalText(120),
    industry: optionalText(120),
    level: optionalText(120),
    location: optionalText(120),
    specialization: optionalText(120),
    skill: optionalText(120),
    education: optionalText(120),
    year: z.number().int().min(1900).max(2100).optional(),
    baseYear: z.number().int().min(1900).max(2100).optional(),
    label: z.string().trim().min(1).max(300),
    note: optionalText(2000),
    quote: optionalText(2000),
    document: optionalText(120),
  })
  .superRefine((p, ctx) => {
    const hasValue = p.value !== undefined;
    const hasLow = p.low !== undefined;
    const hasHigh = p.high !== undefined;
    if (!hasValue && !hasLow && !hasHigh) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: "A figure needs a value or a range",
      });
    }
    if (p.statistic === "range" && !hasLow) {
      ctx.addIssue({ code: "custom", path: ["low"], message: "A range needs a low bound" });
    }
    if (p.statistic === "range" && !hasHigh && !p.highOpen) {
      ctx.addIssue({
        code: "custom",
        path: ["high"],
        message: "A range needs a high bound or an open-ended top",
      });
    }
    if (hasLow && hasHigh && (p.low as number) > (p.high as number)) {
      ctx.addIssue({ code: "custom", path: ["low"], message: "Low is above high" });
    }
    if (p.baseYear !== undefined && p.year !== undefined && p.baseYear > p.year) {
      ctx.addIssue({ code: "custom", path: ["baseYear"], message: "Base year is after the year" });
    }
  });
export type DataPointInput = z.infer<typeof dataPointInputSchema>;

export const datasetMetadataSchema = z.object({
  slug: slugSchema,
  title: z.string().trim().min(1).max(200),
  publisher: z.string().trim().min(1).max(200),
  sourceUrl: httpUrlSchema.optional(),
  asOf: isoDateSchema,
  asOfPrecision: datePrecisionSchema.default("day"),
  methodology: optionalText(5000),
  /** Open data: the licence, and the credit line shown with every figure. */
  licenceName: optionalText(200),
  licenceUrl: httpUrlSchema.optional(),
  attribution: optionalText(300),
  /** Open data: the CSV layout its observations are imported in (absent for article figures). */
  importFormat: z
    .string()
    .refine((id) => Object.hasOwn(openDataFormats, id), "Not a known open-data CSV layout")
    .optional(),
});
export type DatasetMetadata = z.infer<typeof datasetMetadataSchema>;

/** A dataset as written in the seed files: metadata and its figures. */
export const datasetSeedSchema = datasetMetadataSchema
  .extend({ dataPoints: z.array(dataPointInputSchema).min(1) })
  .superRefine((d, ctx) => {
    const seen = new Set<string>();
    d.dataPoints.forEach((p, i) => {
      if (seen.has(p.key)) {
        ctx.addIssue({
          code: "custom",
          path: ["dataPoints", i, "key"],
          message: `Duplicate key ${p.key}`,
        });
      }
      seen.add(p.key);
    });
  });
export type DatasetSeed = z.infer<typeof datasetSeedSchema>;

export const sourceDocumentSchema = z.object({
  id: z.string().trim().min(1).max(120),
  title: z.string().trim().min(1).max(300),
  author: optionalText(200),
  publisher: optionalText(200),
  url: httpUrlSchema.optional(),
  publishedOn: isoDateSchema.optional(),
  description: optionalText(2000),
});
export type SourceDocumentInput = z.infer<typeof sourceDocumentSchema>;
