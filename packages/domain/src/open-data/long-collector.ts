import {
  dimensionRules,
  emptyObservation,
  MAX_ROW_ERRORS,
  MAX_TEXT,
  type OpenDataRowError,
  type ParsedOpenData,
  parseNumber,
} from "./cells";
import { longDimensionColumns, longStatisticColumns } from "./formats/long";
import { isoDate, parseIsoDate } from "./period";
import {
  emptyDimensions,
  type Observation,
  type ObservationUnit,
  observationUnits,
  type ParsedSeries,
  type PeriodPrecision,
  periodPrecisions,
  type SeriesDimensionName,
  seriesDimensionNames,
  seriesKey,
} from "./vocabulary";

const METRIC = /^[a-z][a-z0-9_]*$/;
const MAX_METRIC = 100;

/** An error that names its column, so the admin reads "row 12, column unit: …". */
class CellError extends Error {
  constructor(column: string, message: string) {
    super(`column ${column}: ${message}`);
  }
}

/** A cell's text; the apostrophe an export puts before formula-like text is taken off. */
const cell = (record: Record<string, string>, column: string) => {
  const text = (record[column] ?? "").trim();
  return /^'[-=+@\t\r]/.test(text) ? text.slice(1) : text;
};
const quoted = (text: string) => `"${text.slice(0, 40)}${text.length > 40 ? "…" : ""}"`;

/** A period's first day: YYYY-MM-DD always; YYYY, YYYY-MM and YYYY-Qn where they say it. */
function parseLongPeriod(column: string, text: string, precision: PeriodPrecision): string {
  const date = parseIsoDate(text);
  if (date) return date;
  const year = /^(\d{4})$/.exec(text);
  if (year && (precision === "year" || precision === "span")) {
    const parsed = parseIsoDate(isoDate(Number(year[1])));
    if (parsed) return parsed;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month && precision === "month") {
    const parsed = parseIsoDate(`${text}-01`);
    if (parsed) return parsed;
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(text);
  if (quarter && precision === "quarter") {
    const parsed = parseIsoDate(isoDate(Number(quarter[1]), (Number(quarter[2]) - 1) * 3 + 1));
    if (parsed) return parsed;
  }
  const shapes: Record<PeriodPrecision, string> = {
    day: "YYYY-MM-DD",
    week: "YYYY-MM-DD",
    month: "YYYY-MM or YYYY-MM-DD",
    quarter: "YYYY-Qn or YYYY-MM-DD",
    year: "YYYY or YYYY-MM-DD",
    span: "YYYY or YYYY-MM-DD",
  };
  throw new CellError(
    column,
    `${quoted(text)} is not a ${precision} period (${shapes[precision]})`,
  );
}

function parseAttributes(text: string): Record<string, string> | null {
  if (text === "") return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CellError("attributes", "not a JSON object");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new CellError("attributes", "not a JSON object");
  }
  const entries = Object.entries(parsed);
  if (entries.length > 20) throw new CellError("attributes", "more than 20 entries");
  for (const [name, value] of entries) {
    if (typeof value !== "string" || name.length > 50 || value.length > MAX_TEXT) {
      throw new CellError(
        "attributes",
        `each entry must be a text of at most ${MAX_TEXT} characters under a short name`,
      );
    }
  }
  return entries.length > 0 ? (Object.fromEntries(entries) as Record<string, string>) : null;
}

/** The series a row belongs to, and its observation. Throws a CellError. */
function readRow(record: Record<string, string>): { spec: ParsedSeries; observation: Observation } {
  const metric = cell(record, "metric");
  if (metric === "") throw new CellError("metric", "empty");
  if (metric.length > MAX_METRIC || !METRIC.test(metric)) {
    throw new CellError(
      "metric",
      `${quoted(metric)} is not a metric name (lower-case letters, digits and underscores, e.g. annual_wage)`,
    );
  }
  const unit = cell(record, "unit");
  if (!(observationUnits as readonly string[]).includes(unit)) {
    throw new CellError("unit", `${quoted(unit)} is not one of ${observationUnits.join(", ")}`);
  }
  const precision = cell(record, "precision");
  if (!(periodPrecisions as readonly string[]).includes(precision)) {
    throw new CellError(
      "precision",
      `${quoted(precision)} is not one of ${periodPrecisions.join(", ")}`,
    );
  }
  const p = precision as PeriodPrecision;
  const periodText = cell(record, "period");
  if (periodText === "") throw new CellError("period", "empty");
  const period = parseLongPeriod("period", periodText, p);
  const endText = cell(record, "period_end");
  let periodEnd: string | null = null;
  if (p === "span") {
    if (endText === "") throw new CellError("period_end", "a span needs the period it ends with");
    periodEnd = parseLongPeriod("period_end", endText, p);
    if (periodEnd <= period) throw new CellError("period_end", "must come after period");
  } else if (endText !== "") {
    throw new CellError("period_end", `only a span has one (precision is ${precision})`);
  }

  const dimensions = emptyDimensions();
  for (const name of seriesDimensionNames) {
    const column = longDimensionColumns[name as SeriesDimensionName];
    const text = cell(record, column);
    if (text === "") continue;
    const rule = dimensionRules[name];
    if (text.length > MAX_TEXT || !rule.pattern.test(text)) {
      throw new CellError(column, `${quoted(text)} is not ${rule.expected}`);
    }
    dimensions[name] = text;
  }

  const observation = emptyObservation(period, periodEnd);
  let present = false;
  for (const column of longStatisticColumns) {
    const parsed = parseNumber(column, cell(record, column));
    if (parsed instanceof Error)
      throw new CellError(column, parsed.message.replace(`${column}: `, ""));
    observation[column] = parsed;
    if (parsed !== null) present = true;
  }
  const flags = cell(record, "flags")
    .split(";")
    .map((f) => f.trim())
    .filter((f) => f !== "");
  if (flags.some((f) => f.length > MAX_TEXT)) {
    throw new CellError("flags", `a flag longer than ${MAX_TEXT} characters`);
  }
  if (flags.length > 0) observation.flags = flags;
  if (!present && flags.length === 0) {
    throw new CellError(
      "value",
      `empty, and so is every other statistic (${longStatisticColumns.join(", ")})`,
    );
  }

  const indexBaseText = cell(record, "index_base");
  const indexBase = indexBaseText === "" ? null : parseIsoDate(indexBaseText);
  if (indexBaseText !== "" && !indexBase) {
    throw new CellError("index_base", `${quoted(indexBaseText)} is not a YYYY-MM-DD date`);
  }
  const countMeaning = cell(record, "count_meaning") || null;
  if (countMeaning && countMeaning.length > MAX_TEXT) {
    throw new CellError("count_meaning", `longer than ${MAX_TEXT} characters`);
  }
  const spec: ParsedSeries = {
    key: seriesKey(metric, dimensions),
    metric,
    unit: unit as ObservationUnit,
    precision: p,
    indexBase,
    countMeaning,
    dimensions,
    attributes: parseAttributes(cell(record, "attributes")),
    observations: [],
  };
  return { spec, observation };
}

/** The first column in which a row describes its series differently from an earlier row. */
function disagreement(earlier: ParsedSeries, row: ParsedSeries): string | null {
  if (earlier.unit !== row.unit) return "unit";
  if (earlier.precision !== row.precision) return "precision";
  if (earlier.indexBase !== row.indexBase) return "index_base";
  if (earlier.countMeaning !== row.countMeaning) return "count_meaning";
  if (earlier.dimensions.occupation !== row.dimensions.occupation) return "occupation";
  if (JSON.stringify(earlier.attributes) !== JSON.stringify(row.attributes)) return "attributes";
  return null;
}

/**
 * Reads rows of the long layout into series (one observation per row), with the same contract
 * as createOpenDataCollector: a row with a problem is reported as "column X: …" by line and left
 * out; a period given twice for one series, or a series described differently by two rows, is
 * an error.
 */
export function createLongFormatCollector(
  options: { onObservation?: (seriesKey: string, observation: Observation) => void } = {},
) {
  const builders = new Map<string, { series: ParsedSeries; periods: Set<string> }>();
  const errors: OpenDataRowError[] = [];
  let errorCount = 0;
  let rows = 0;
  let observations = 0;
  const fail = (line: number, message: string) => {
    errorCount += 1;
    if (errors.length < MAX_ROW_ERRORS) errors.push({ line, message });
  };

  return {
    add(record: Record<string, string>, line: number) {
      rows += 1;
      let read: ReturnType<typeof readRow>;
      try {
        read = readRow(record);
      } catch (error) {
        if (error instanceof CellError) return fail(line, error.message);
        throw error;
      }
      const { spec, observation } = read;
      const builder = builders.get(spec.key);
      if (builder) {
        const column = disagreement(builder.series, spec);
        if (column) {
          return fail(line, `column ${column}: differs from an earlier row of series ${spec.key}`);
        }
        if (builder.periods.has(observation.period)) {
          return fail(
            line,
            `column period: ${observation.period} appears twice in series ${spec.key}`,
          );
        }
      }
      const target = builder ?? { series: spec, periods: new Set<string>() };
      if (!builder) builders.set(spec.key, target);
      if (options.onObservation) options.onObservation(spec.key, observation);
      else target.series.observations.push(observation);
      target.periods.add(observation.period);
      observations += 1;
    },
    finish(): ParsedOpenData {
      const series = [...builders.values()].map((b) => b.series);
      for (const s of series) s.observations.sort((a, b) => a.period.localeCompare(b.period));
      series.sort((a, b) => a.key.localeCompare(b.key));
      return { series, errors, errorCount, rows, observations };
    },
  };
}
