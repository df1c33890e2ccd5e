import {
  type DataPointInput,
  type DimensionName,
  dataPointInputSchema,
  dimensionNames,
} from "@aiml/domain";

/** The fields of a data point that the row editor shows as text. */
export type PointTextField =
  | "key"
  | "label"
  | "metric"
  | "statistic"
  | "unit"
  | "value"
  | "low"
  | "high"
  | "year"
  | "baseYear"
  | "document"
  | "note"
  | "quote"
  | DimensionName;

/** The row editor's values as the admin types them. */
export type PointFormValues = Record<PointTextField, string> & {
  highOpen: boolean;
  approximate: boolean;
};

export type PointFormErrors = Partial<Record<keyof PointFormValues, string>>;

const blankDimensions = Object.fromEntries(dimensionNames.map((d) => [d, ""])) as Record<
  DimensionName,
  string
>;

export function emptyPointValues(): PointFormValues {
  return {
    key: "",
    label: "",
    metric: "",
    statistic: "point",
    unit: "usd_per_year",
    value: "",
    low: "",
    high: "",
    year: "",
    baseYear: "",
    document: "",
    note: "",
    quote: "",
    ...blankDimensions,
    highOpen: false,
    approximate: false,
  };
}

const text = (n: number | undefined) => (n === undefined ? "" : String(n));

export function toPointValues(point: DataPointInput): PointFormValues {
  const dimensions = Object.fromEntries(dimensionNames.map((d) => [d, point[d] ?? ""])) as Record<
    DimensionName,
    string
  >;
  return {
    key: point.key,
    label: point.label,
    metric: point.metric,
    statistic: point.statistic,
    unit: point.unit,
    value: text(point.value),
    low: text(point.low),
    high: text(point.high),
    year: text(point.year),
    baseYear: text(point.baseYear),
    document: point.document ?? "",
    note: point.note ?? "",
    quote: point.quote ?? "",
    ...dimensions,
    highOpen: point.highOpen,
    approximate: point.approximate,
  };
}

/** "344,000" or "$344000" → 344000; anything else goes on as text for the schema to reject. */
function amount(raw: string): number | string | undefined {
  const cleaned = raw
    .trim()
    .replace(/^\$/, "")
    .replace(/[,\s_]/g, "");
  if (cleaned === "") return undefined;
  return /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned) ? Number(cleaned) : raw;
}

function wholeYear(raw: string): number | string | undefined {
  const cleaned = raw.trim();
  if (cleaned === "") return undefined;
  return /^\d{4}$/.test(cleaned) ? Number(cleaned) : raw;
}

const requiredMessages: PointFormErrors = {
  key: "Enter a key, e.g. base-salary.senior.us",
  label: "Enter a label",
  metric: "Choose what the figure measures",
};

const optionalText = (raw: string) => (raw.trim() === "" ? undefined : raw);

/** Checks the editor's values with the API's own schema; errors are keyed by field. */
export function parsePointValues(
  values: PointFormValues,
): { ok: true; point: DataPointInput } | { ok: false; errors: PointFormErrors } {
  const errors: PointFormErrors = {};
  const year = wholeYear(values.year);
  const baseYear = wholeYear(values.baseYear);
  if (typeof year === "string") errors.year = "Use a four-digit year like 2025";
  if (typeof baseYear === "string") errors.baseYear = "Use a four-digit year like 2024";

  const dimensions = Object.fromEntries(
    dimensionNames.map((d) => [d, optionalText(values[d])]),
  ) as Record<DimensionName, string | undefined>;
  const parsed = dataPointInputSchema.safeParse({
    key: values.key,
    label: values.label,
    metric: values.metric,
    statistic: values.statistic,
    unit: values.unit,
    value: amount(values.value),
    low: amount(values.low),
    high: amount(values.high),
    highOpen: values.highOpen,
    approximate: values.approximate,
    ...dimensions,
    year: typeof year === "number" ? year : undefined,
    baseYear: typeof baseYear === "number" ? baseYear : undefined,
    document: optionalText(values.document),
    note: optionalText(values.note),
    quote: optionalText(values.quote),
  });
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, point: parsed.data };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "label") as keyof PointFormValues;
      const raw = values[field];
      const blank = typeof raw === "string" && raw.trim() === "";
      errors[field] ??= (blank && requiredMessages[field]) || issue.message;
    }
  }
  return { ok: false, errors };
}
