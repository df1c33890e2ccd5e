import {
  dimensionRules,
  emptyObservation,
  MAX_ROW_ERRORS,
  MAX_TEXT,
  type OpenDataRowError,
  type ParsedOpenData,
  parseNumber,
} from "./cells";
import type { MetricMapping, OpenDataCsvFormat, OpenDataFormat, ValueColumns } from "./formats";
import { createLongFormatCollector } from "./long-collector";
import { isoDate, parseIsoDate } from "./period";
import {
  emptyDimensions,
  type Observation,
  type ParsedSeries,
  type SeriesDimensionName,
  type SeriesDimensions,
  seriesKey,
} from "./vocabulary";

export { MAX_ROW_ERRORS, type OpenDataRowError, type ParsedOpenData };

/**
 * The header's problem, if any: the columns must be the format's, in any order (the long
 * layout's optional columns may be left out).
 */
export function checkOpenDataHeader(format: OpenDataFormat, header: string[]): string | null {
  const names = header.map((h) => h.trim());
  const required = format.kind === "long" ? format.required : format.columns;
  const missing = required.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !format.columns.includes(n));
  const problems: string[] = [];
  if (missing.length > 0) problems.push(`missing column(s): ${missing.join(", ")}`);
  if (unknown.length > 0) problems.push(`unknown column(s): ${unknown.join(", ")}`);
  if (new Set(names).size !== names.length) problems.push("a column appears twice");
  if (problems.length === 0) return null;
  return `The file is not in the ${format.id} layout (${format.columns.join(",")}): ${problems.join("; ")}.`;
}

/**
 * The dates already checked, valid or not: a file of many series repeats the same dates, and a
 * million-row import spends less time checking them again than looking them up. Bounded.
 */
const checkedDates = new Map<string, string | null>();
const MAX_CHECKED_DATES = 50_000;

function checkDate(text: string): string | null {
  const known = checkedDates.get(text);
  if (known !== undefined) return known;
  if (checkedDates.size >= MAX_CHECKED_DATES) checkedDates.clear();
  const date = parseIsoDate(text);
  checkedDates.set(text, date);
  return date;
}

/**
 * A period (a YYYY-MM-DD date) as a number that sorts and compares like it, made without
 * allocating: a million-row file's periods are kept to find repeats, and numbers cost the
 * garbage collector nothing to keep, unlike a million strings.
 */
function periodNumber(period: string): number {
  let n = 0;
  for (let i = 0; i < period.length; i++) {
    const digit = period.charCodeAt(i) - 48;
    if (digit >= 0 && digit <= 9) n = n * 10 + digit;
  }
  return n;
}

function parsePeriod(format: OpenDataCsvFormat, record: Record<string, string>): string | Error {
  const source = format.period;
  if (!source) return new Error("the format has no period column");
  const text = (record[source.column] ?? "").trim();
  switch (source.kind) {
    case "date":
      return checkDate(text) ?? new Error(`${source.column}: "${text}" is not a YYYY-MM-DD date`);
    case "month":
      return (
        (/^\d{4}-\d{2}$/.test(text) ? parseIsoDate(`${text}-01`) : null) ??
        new Error(`${source.column}: "${text}" is not a YYYY-MM month`)
      );
    case "year": {
      const year = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
      if (!(year >= 1800 && year <= 2200)) {
        return new Error(`${source.column}: "${text}" is not a year`);
      }
      return isoDate(year, source.month);
    }
  }
}

const valueFields = ["value", "mean", "p10", "p25", "p50", "p75", "p90", "count"] as const;

function observationOf(
  mapping: MetricMapping,
  record: Record<string, string>,
  period: string,
  periodEnd: string | null,
): Observation | null | Error {
  const observation = emptyObservation(period, periodEnd);
  let present = false;
  for (const field of valueFields) {
    const column = (mapping.columns as ValueColumns)[field];
    if (!column) continue;
    const parsed = parseNumber(column, record[column] ?? "");
    if (parsed instanceof Error) return parsed;
    observation[field] = parsed;
    if (parsed !== null) present = true;
  }
  if (mapping.flagsColumn) {
    const flags = (record[mapping.flagsColumn] ?? "")
      .split(";")
      .map((f) => f.trim())
      .filter((f) => f !== "");
    if (flags.length > 0) {
      observation.flags = flags;
      present = true;
    }
  }
  return present ? observation : null;
}

interface SeriesBuilder {
  series: ParsedSeries;
  /** The periods seen, as periodNumber gives them. */
  periods: Set<number>;
}

/** A row's dimensions (or what is wrong with them) and, per metric, its series' dimensions and key. */
interface RowSeries {
  dimensions: SeriesDimensions | Error;
  perMetric: ({ dimensions: SeriesDimensions; key: string } | undefined)[];
}
/** Rows of one series repeat their dimension cells: their checks are made once. Bounded. */
const MAX_ROW_SERIES = 10_000;

/**
 * Reads CSV records into series: every row gives one observation per metric of the format
 * (none where all of a metric's cells are empty). Rows with a problem are reported by line and
 * left out; a period given twice for one series, or a series whose descriptive columns
 * disagree between rows, is an error too.
 */
export function createOpenDataCollector(
  format: OpenDataFormat,
  options: {
    /**
     * Takes each observation as it is read instead of keeping it (imports of a million rows):
     * the series then come back without observations.
     */
    onObservation?: (seriesKey: string, observation: Observation) => void;
  } = {},
) {
  if (format.kind === "long") return createLongFormatCollector(options);
  return createWideCollector(format, options);
}

function createWideCollector(
  format: OpenDataCsvFormat,
  options: { onObservation?: (seriesKey: string, observation: Observation) => void },
) {
  const builders = new Map<string, SeriesBuilder>();
  const errors: OpenDataRowError[] = [];
  let errorCount = 0;
  let rows = 0;
  let observations = 0;
  const fail = (line: number, message: string) => {
    errorCount += 1;
    if (errors.length < MAX_ROW_ERRORS) errors.push({ line, message });
  };

  const fixedDimensions = Object.entries(format.fixedDimensions ?? {});
  const dimensionColumns = Object.entries(format.dimensionColumns);
  const attributeColumns = Object.entries(format.attributeColumns ?? {});
  const rowSeries = new Map<string, RowSeries>();

  function rowDimensions(record: Record<string, string>): SeriesDimensions | Error {
    const dimensions = emptyDimensions();
    for (const [name, value] of fixedDimensions) {
      dimensions[name as SeriesDimensionName] = value;
    }
    for (const [name, column] of dimensionColumns) {
      const text = (record[column] ?? "").trim();
      const rule = dimensionRules[name as SeriesDimensionName];
      if (text === "") return new Error(`${column} is empty`);
      if (text.length > MAX_TEXT || !rule.pattern.test(text)) {
        return new Error(`${column}: "${text.slice(0, 40)}" is not ${rule.expected}`);
      }
      dimensions[name as SeriesDimensionName] = text;
    }
    return dimensions;
  }

  /** The row's dimensions, checked once per distinct set of dimension cells. */
  function seriesOfRow(record: Record<string, string>): RowSeries {
    let cells = "";
    for (const [, column] of dimensionColumns) {
      const text = record[column] ?? "";
      cells += `${text.length}:${text}`;
    }
    const known = rowSeries.get(cells);
    if (known) return known;
    if (rowSeries.size >= MAX_ROW_SERIES) rowSeries.clear();
    const found: RowSeries = { dimensions: rowDimensions(record), perMetric: [] };
    rowSeries.set(cells, found);
    return found;
  }

  /** A metric's series of the row: its dimensions and key, made once per row series. */
  function metricSeries(row: RowSeries, dims: SeriesDimensions, index: number) {
    const known = row.perMetric[index];
    if (known) return known;
    const mapping = format.metrics[index];
    const dimensions = { ...dims, ...mapping?.dimensions };
    const made = { dimensions, key: seriesKey(mapping?.metric ?? "", dimensions) };
    row.perMetric[index] = made;
    return made;
  }

  function rowAttributes(record: Record<string, string>): Record<string, string> | null {
    if (attributeColumns.length === 0) return null;
    const entries = attributeColumns
      .map(([name, column]) => [name, (record[column] ?? "").trim()] as const)
      .filter(([, value]) => value !== "");
    return entries.length > 0 ? Object.fromEntries(entries) : null;
  }

  return {
    add(record: Record<string, string>, line: number) {
      rows += 1;
      const row = seriesOfRow(record);
      const dims = row.dimensions;
      if (dims instanceof Error) return fail(line, dims.message);
      const rowPeriod = format.period ? parsePeriod(format, record) : null;
      if (rowPeriod instanceof Error) return fail(line, rowPeriod.message);
      const attributes = rowAttributes(record);
      for (const [name, value] of Object.entries(attributes ?? {})) {
        if (value.length > MAX_TEXT)
          return fail(line, `${name}: longer than ${MAX_TEXT} characters`);
      }

      const found: {
        builder: SeriesBuilder | null;
        spec: ParsedSeries;
        observation: Observation;
      }[] = [];
      const last = format.metrics.length - 1;
      for (const [index, metricMapping] of format.metrics.entries()) {
        let mapping = metricMapping;
        let period = mapping.period?.start ?? rowPeriod;
        if (!period) return fail(line, `${mapping.metric}: no period`);
        let observation = observationOf(mapping, record, period, mapping.period?.end ?? null);
        if (observation instanceof Error) return fail(line, observation.message);
        if (!observation && index === last && found.length === 0) {
          // A row whose every cell is empty (BLS suppressed them all) is kept as an empty
          // observation of the first metric: the row is in the source and survives a re-import.
          mapping = format.metrics[0] ?? mapping;
          period = mapping.period?.start ?? rowPeriod;
          if (!period) return fail(line, `${mapping.metric}: no period`);
          observation = emptyObservation(period, mapping.period?.end ?? null);
        }
        if (!observation) continue;
        const { dimensions, key } = metricSeries(row, dims, format.metrics.indexOf(mapping));
        const builder = builders.get(key) ?? null;
        const spec: ParsedSeries = builder?.series ?? {
          key,
          metric: mapping.metric,
          unit: mapping.unit,
          precision: mapping.period?.precision ?? format.period?.precision ?? "year",
          indexBase: format.indexBase ?? null,
          countMeaning: mapping.countMeaning ?? null,
          dimensions,
          attributes,
          observations: [],
        };
        if (builder) {
          if (spec.dimensions.occupation !== dimensions.occupation) {
            return fail(line, `${key}: the occupation title differs from an earlier row's`);
          }
          if (
            (spec.attributes !== null || attributes !== null) &&
            JSON.stringify(spec.attributes) !== JSON.stringify(attributes)
          ) {
            return fail(line, `${key}: the descriptive columns differ from an earlier row's`);
          }
          if (builder.periods.has(periodNumber(period))) {
            return fail(line, `${key}: ${period} appears twice`);
          }
        }
        if (found.some((f) => f.spec.key === key && f.observation.period === period)) {
          return fail(line, `${key}: ${period} appears twice`);
        }
        found.push({ builder, spec, observation });
      }
      for (const { builder, spec, observation } of found) {
        const target = builder ?? builders.get(spec.key) ?? { series: spec, periods: new Set() };
        if (!builders.has(spec.key)) builders.set(spec.key, target);
        if (options.onObservation) options.onObservation(spec.key, observation);
        else target.series.observations.push(observation);
        target.periods.add(periodNumber(observation.period));
        observations += 1;
      }
    },
    finish(): ParsedOpenData {
      const series = [...builders.values()].map((b) => b.series);
      for (const s of series) s.observations.sort((a, b) => a.period.localeCompare(b.period));
      series.sort((a, b) => a.key.localeCompare(b.key));
      return { series, errors, errorCount, rows, observations };
    },
  };
}

/** Parses all records at once (seed files; a few thousand rows). */
export function parseOpenDataRecords(
  format: OpenDataFormat,
  records: Record<string, string>[],
): ParsedOpenData {
  const collector = createOpenDataCollector(format);
  for (const [i, record] of records.entries()) collector.add(record, i + 2);
  return collector.finish();
}
