import {
  type ChartUnit,
  chartUnitNames,
  downsampleLttb,
  formatChartValue,
  linePath,
  type TimeAxis,
  valueAxis,
} from "@aiml/domain";
import { type ChartHit, ChartHits } from "./chart-hits";
import { ChartSvg } from "./chart-svg";
import { type ColorRole, chartColors, colorClass, pct } from "./chart-theme";
import { Legend, type LegendItem } from "./legend";
import { MarkupHost } from "./markup-host";
import { dotPath, PathLayer } from "./path-layer";
import { type PlotBox, PlotGrid, yOf } from "./plot-grid";

export interface TimePoint {
  date: string;
  value: number | null;
  /** Written in the tip ("Aug 14, 2026", "May 2024"). */
  period: string;
}

export interface LineSeries {
  key: string;
  label: string;
  color: ColorRole;
  dashed?: boolean;
  points: TimePoint[];
}

/** A figure a source states, marked on the chart with a dot. */
export interface StatedMarker {
  date: string;
  value: number;
  label: string;
}

/** Where a series' definition changed: a trend must not be read across it. */
export interface SeriesBreakMark {
  date: string;
  label: string;
}

export interface TimeSeriesProps {
  series: LineSeries[];
  unit: ChartUnit;
  axis: TimeAxis;
  /** The main finding, with figures: the drawing's accessible name. */
  label: string;
  markers?: StatedMarker[];
  breaks?: SeriesBreakMark[];
  /** A reference level, e.g. 100 for an index's base period. */
  reference?: { value: number; label: string };
  includeZero?: boolean;
  /** Source and licence credit for every tip. */
  source: string;
  height?: number;
}

const BOX: PlotBox = { top: 22, bottom: 196 };
const MAX_HITS = 16;

function layout(props: TimeSeriesProps) {
  const height = props.height ?? 232;
  const box = { top: BOX.top, bottom: height - 36 };
  const values = props.series.flatMap((s) =>
    s.points.flatMap((p) => (p.value === null ? [] : [p.value])),
  );
  if (props.reference) values.push(props.reference.value);
  for (const m of props.markers ?? []) values.push(m.value);
  const axis = valueAxis(values, props.unit, { includeZero: props.includeZero ?? false });
  return { height, box, axis };
}

export function TimeSeriesDrawing(
  props: TimeSeriesProps & { standalone?: { width: number; title: string } },
) {
  const { height, box, axis } = layout(props);
  const y = (v: number) => yOf(axis, box, v);
  return (
    <ChartSvg label={props.label} height={height} standalone={props.standalone}>
      <PlotGrid
        valueAxis={axis}
        timeTicks={props.axis.ticks}
        box={box}
        unitTitle={chartUnitNames[props.unit]}
      >
        <PathLayer height={height}>
          {props.reference && (
            <line
              x1="0"
              x2="1000"
              y1={y(props.reference.value)}
              y2={y(props.reference.value)}
              stroke={chartColors.axis}
              strokeDasharray="6 4"
              vectorEffect="non-scaling-stroke"
              className={`${colorClass.axis}-stroke`}
            />
          )}
          {props.series.map((s) => (
            <path
              key={s.key}
              d={linePath(
                s.points.map((p) => ({
                  x: props.axis.position(p.date),
                  y: p.value === null ? null : y(p.value),
                })),
              )}
              fill="none"
              stroke={chartColors[s.color]}
              strokeWidth={2.25}
              strokeDasharray={s.dashed ? "6 4" : undefined}
              strokeLinejoin="round"
              vectorEffect="non-scaling-stroke"
              className={`${colorClass[s.color]}-stroke`}
            />
          ))}
          {(props.markers ?? []).length > 0 && (
            <path
              d={dotPath(
                (props.markers ?? []).map((m) => ({
                  x: props.axis.position(m.date),
                  y: y(m.value),
                })),
              )}
              stroke={chartColors.marker}
              strokeWidth={8}
              strokeLinecap="round"
              vectorEffect="non-scaling-stroke"
              className={`${colorClass.marker}-stroke`}
            />
          )}
        </PathLayer>
      </PlotGrid>
      {(props.breaks ?? []).map((b) => (
        <g key={b.date} stroke={chartColors.text} className={`${colorClass.text}-stroke`}>
          <line
            x1={pct(props.axis.position(b.date))}
            x2={pct(props.axis.position(b.date))}
            y1={box.top}
            y2={box.bottom}
            strokeDasharray="3 3"
          />
        </g>
      ))}
    </ChartSvg>
  );
}

export function timeSeriesLegend(props: TimeSeriesProps): LegendItem[] {
  const items: LegendItem[] = props.series.map((s) => ({
    label: s.label,
    mark: { kind: "line", color: s.color, dashed: s.dashed },
  }));
  // Named in the legend, not on the drawing, where a phone's narrow plot put it over the lines.
  if (props.reference)
    items.push({
      label: props.reference.label,
      mark: { kind: "line", color: "axis", dashed: true },
    });
  if ((props.markers ?? []).length > 0)
    items.push({ label: "Figure a source states", mark: { kind: "dot", color: "marker" } });
  if ((props.breaks ?? []).length > 0)
    items.push({ label: "Series break: the definition changed", mark: { kind: "break" } });
  return items;
}

/** One tip per drawn period (at most MAX_HITS, keeping the shape): every series' value there. */
function timeSeriesHits(props: TimeSeriesProps, box: PlotBox): ChartHit[] {
  const [first] = props.series;
  if (!first) return [];
  const indexed = first.points.map((p, i) => ({ ...p, value: p.value ?? 0, i }));
  const chosen = downsampleLttb(indexed, MAX_HITS);
  const xs = chosen.map((p) => props.axis.position(p.date));
  return chosen.map((p, n) => {
    const left = n === 0 ? 0 : ((xs[n - 1] ?? 0) + (xs[n] ?? 0)) / 2;
    const right = n === chosen.length - 1 ? 1 : ((xs[n] ?? 0) + (xs[n + 1] ?? 1)) / 2;
    const values = props.series.map((s) => {
      const v = s.points.find((q) => q.date === p.date)?.value ?? null;
      return `${s.label}: ${v === null ? "no value" : formatChartValue(v, props.unit)}`;
    });
    const marker = (props.markers ?? []).find((m) => m.date === p.date);
    return {
      key: p.date,
      top: box.top,
      height: box.bottom - box.top,
      left,
      width: Math.max(right - left, 0.005),
      lines: [p.period, ...values, ...(marker ? [marker.label] : []), props.source],
    };
  });
}

/** A time series: lines with a legend, stated figures marked, breaks drawn, a tip per period. */
export function TimeSeriesChart(props: TimeSeriesProps & { id: string; title: string }) {
  const { box } = layout(props);
  return (
    <figure className="chart-figure">
      <Legend items={timeSeriesLegend(props)} />
      <div className="chart-frame">
        <MarkupHost node={<TimeSeriesDrawing {...props} />} />
        <ChartHits
          idPrefix={`tip-${props.id}`}
          label={`${props.title}: one entry per period`}
          hits={timeSeriesHits(props, box)}
        />
      </div>
      {(props.breaks ?? []).length > 0 && (
        <ul className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {(props.breaks ?? []).map((b) => (
            <li key={b.date}>Series break: {b.label}</li>
          ))}
        </ul>
      )}
    </figure>
  );
}
