import {
  bandPath,
  type ChartUnit,
  chartUnitNames,
  formatChartValue,
  linePath,
  type TimeAxis,
  valueAxis,
} from "@aiml/domain";
import { type ChartHit, ChartHits } from "./chart-hits";
import { ChartSvg } from "./chart-svg";
import { chartColors, colorClass, pct } from "./chart-theme";
import { Legend, type LegendItem } from "./legend";
import { MarkupHost } from "./markup-host";
import { dotPath, PathLayer } from "./path-layer";
import { PlotGrid, yOf } from "./plot-grid";
import type { SeriesBreakMark } from "./time-series-chart";

export interface DistributionPoint {
  date: string;
  period: string;
  p10: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p90: number | null;
  /** The source gives no exact value above its top band: the top is open-ended. */
  topCoded: boolean;
}

export interface DistributionProps {
  points: DistributionPoint[];
  unit: ChartUnit;
  axis: TimeAxis;
  label: string;
  breaks?: SeriesBreakMark[];
  source: string;
  /** A projected path (a model): central line and low–high band, drawn dashed. */
  projection?: { date: string; value: number; low: number; high: number }[];
}

const HEIGHT = 252;
const BOX = { top: 22, bottom: HEIGHT - 36 };

function axisOf(props: DistributionProps) {
  const values = props.points.flatMap((p) =>
    [p.p10, p.p25, p.p50, p.p75, p.p90].filter((v): v is number => v !== null),
  );
  for (const p of props.projection ?? []) values.push(p.low, p.high);
  return valueAxis(values, props.unit, { includeZero: false });
}

export function DistributionDrawing(
  props: DistributionProps & { standalone?: { width: number; title: string } },
) {
  const axis = axisOf(props);
  const y = (v: number | null) => (v === null ? null : yOf(axis, BOX, v));
  const x = (d: string) => props.axis.position(d);
  const band = (lo: keyof DistributionPoint, hi: keyof DistributionPoint) =>
    bandPath(
      props.points.map((p) => ({
        x: x(p.date),
        low: y(p[lo] as number | null),
        high: y(p[hi] as number | null),
      })),
    );
  const medians = props.points.flatMap((p) =>
    p.p50 === null ? [] : [{ x: x(p.date), y: yOf(axis, BOX, p.p50) }],
  );
  const projection = props.projection ?? [];
  return (
    <ChartSvg label={props.label} height={HEIGHT} standalone={props.standalone}>
      <PlotGrid
        valueAxis={axis}
        timeTicks={props.axis.ticks}
        box={BOX}
        unitTitle={chartUnitNames[props.unit]}
      >
        <PathLayer height={HEIGHT}>
          <g fill={chartColors.bar} className={`${colorClass.bar}-fill`}>
            <path d={band("p10", "p90")} fillOpacity={0.2} />
            <path d={band("p25", "p75")} fillOpacity={0.4} />
          </g>
          {projection.length > 0 && (
            <g
              fill={chartColors.projection}
              stroke={chartColors.projection}
              className={`${colorClass.projection}-fill ${colorClass.projection}-stroke`}
            >
              <path
                d={bandPath(
                  projection.map((p) => ({ x: x(p.date), low: y(p.low), high: y(p.high) })),
                )}
                fillOpacity={0.15}
                stroke="none"
              />
              <path
                d={linePath(projection.map((p) => ({ x: x(p.date), y: y(p.value) })))}
                fill="none"
                strokeWidth={2}
                strokeDasharray="6 4"
                vectorEffect="non-scaling-stroke"
              />
            </g>
          )}
          <g stroke={chartColors.marker} className={`${colorClass.marker}-stroke`}>
            <path
              d={linePath(props.points.map((p) => ({ x: x(p.date), y: y(p.p50) })))}
              fill="none"
              strokeWidth={2.25}
              vectorEffect="non-scaling-stroke"
            />
            <path
              d={dotPath(medians)}
              strokeWidth={7}
              strokeLinecap="round"
              vectorEffect="non-scaling-stroke"
            />
          </g>
        </PathLayer>
      </PlotGrid>
      <g
        stroke={chartColors.text}
        fill={chartColors.text}
        className={`${colorClass.text}-stroke ${colorClass.text}-fill`}
      >
        {(props.breaks ?? []).map((b) => (
          <line
            key={b.date}
            x1={pct(x(b.date))}
            x2={pct(x(b.date))}
            y1={BOX.top}
            y2={BOX.bottom}
            strokeDasharray="3 3"
          />
        ))}
        {props.points
          .filter((p) => p.topCoded)
          .map((p) => (
            <text
              key={p.date}
              x={pct(x(p.date))}
              y={BOX.top + 10}
              textAnchor="middle"
              stroke="none"
              fontSize={11}
            >
              ▲
            </text>
          ))}
      </g>
    </ChartSvg>
  );
}

export function distributionLegend(props: DistributionProps): LegendItem[] {
  const items: LegendItem[] = [
    { label: "10th–90th percentile", mark: { kind: "band", color: "bar", opacity: 0.2 } },
    { label: "25th–75th percentile", mark: { kind: "band", color: "bar", opacity: 0.4 } },
    { label: "Median", mark: { kind: "line", color: "marker" } },
  ];
  if (props.points.some((p) => p.topCoded))
    items.push({
      label: "▲ Open-ended top: the 90th percentile is above the source's top band",
      mark: { kind: "open-end", color: "bar" },
    });
  if ((props.projection ?? []).length > 0)
    items.push({
      label: "Projection (a model, computed), with its low–high band",
      mark: { kind: "line", color: "projection", dashed: true },
    });
  if ((props.breaks ?? []).length > 0)
    items.push({ label: "Series break: the definition changed", mark: { kind: "break" } });
  return items;
}

function hits(props: DistributionProps): ChartHit[] {
  const xs = props.points.map((p) => props.axis.position(p.date));
  const f = (v: number | null, open = false) =>
    v === null ? (open ? "above the top band" : "not published") : formatChartValue(v, props.unit);
  return props.points.map((p, n) => {
    const left = n === 0 ? 0 : ((xs[n - 1] ?? 0) + (xs[n] ?? 0)) / 2;
    const right =
      n === xs.length - 1
        ? Math.min(1, (xs[n] ?? 1) + 0.03)
        : ((xs[n] ?? 0) + (xs[n + 1] ?? 1)) / 2;
    return {
      key: p.date,
      top: BOX.top,
      height: BOX.bottom - BOX.top,
      left,
      width: Math.max(right - left, 0.01),
      lines: [
        p.period,
        `Median ${f(p.p50)}`,
        `25th–75th: ${f(p.p25)} to ${f(p.p75)}`,
        `10th–90th: ${f(p.p10)} to ${f(p.p90, p.topCoded)}`,
        props.source,
      ],
    };
  });
}

/** Percentile bands per period with the median line: how the whole distribution moved. */
export function DistributionChart(props: DistributionProps & { id: string; title: string }) {
  return (
    <figure className="chart-figure">
      <Legend items={distributionLegend(props)} />
      <div className="chart-frame">
        <MarkupHost node={<DistributionDrawing {...props} />} />
        <ChartHits
          idPrefix={`tip-${props.id}`}
          label={`${props.title}: one entry per year`}
          hits={hits(props)}
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
