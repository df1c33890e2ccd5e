import {
  type ChartRow,
  type ChartUnit,
  formatAsOf,
  sortValue,
  type ValueAxis,
  valueAxis,
  wrapLabel,
} from "@aiml/domain";
import { describeFigure } from "./describe-figure";

export const BAR_ROW = {
  label: 13,
  line: 14,
  bar: 18,
  barHeight: 14,
  caption: 46,
  height: 56,
} as const;
export const AXIS_HEIGHT = 36;

export interface BarGeometry {
  row: ChartRow;
  top: number;
  /** The label's lines; each line after the first pushes the bar down by BAR_ROW.line. */
  label: string[];
  /** Pixels the bar and caption sit below their place for a one-line label. */
  shift: number;
  height: number;
  isRange: boolean;
  /** Fractions of the width. */
  start: number;
  end: number;
  /** The typical value of a range (median, mean or midpoint), when stated. */
  marker: number | null;
  /** Where an open-ended top's dashed extension stops. */
  openEnd: number | null;
  /** Under the bar, compact; the tip has the exact figure. */
  caption: string;
  exact: string;
}

export interface BarLayout {
  axis: ValueAxis;
  bars: BarGeometry[];
  /** The top axis shows only on tall charts, so their scale stays in view. */
  topAxis: boolean;
  plotTop: number;
  plotBottom: number;
  height: number;
}

/**
 * Where each bar goes: a single value is a bar from zero; a range is a band from low to high with
 * its typical value marked; an open-ended top continues as a dashed outline past its stated
 * bound, never to a made-up end.
 */
export function layoutBars(rows: ChartRow[], unit: ChartUnit): BarLayout {
  const openEnded = rows.some((r) => r.highOpen);
  const values = rows.flatMap((r) =>
    [r.low, r.high, r.value].filter((v): v is number => v !== null),
  );
  const axis = valueAxis(values, unit, { headroom: openEnded ? 0.15 : 0 });
  const topAxis = rows.length >= 6;
  const plotTop = topAxis ? AXIS_HEIGHT - 12 : 4;
  let top = plotTop;
  const bars = rows.map((row): BarGeometry => {
    const isRange = row.low !== null && (row.high !== null || row.highOpen);
    const from = isRange ? (row.low ?? 0) : 0;
    const to = row.high ?? row.value ?? sortValue(row);
    const a = axis.position(Math.min(from, to));
    const b = axis.position(Math.max(from, to));
    const label = wrapLabel(row.highlighted ? `${row.rowLabel} (highlighted)` : row.rowLabel);
    const shift = (label.length - 1) * BAR_ROW.line;
    const geometry = {
      row,
      top,
      label,
      shift,
      height: BAR_ROW.height + shift,
      isRange,
      start: a,
      end: b,
      marker: isRange && row.value !== null ? axis.position(row.value) : null,
      openEnd: row.highOpen ? Math.min(1, b + 0.12) : null,
      caption: describeFigure(row, { compact: true }),
      exact: describeFigure(row),
    };
    top += geometry.height;
    return geometry;
  });
  const plotBottom = top;
  return { axis, bars, topAxis, plotTop, plotBottom, height: plotBottom + AXIS_HEIGHT };
}

/** The tip of a bar: its label, exact figure, as-of date and publisher. */
export function barTipLines(bar: BarGeometry): string[] {
  const { row } = bar;
  return [
    row.highlighted ? `${row.rowLabel} (highlighted)` : row.rowLabel,
    bar.exact,
    `As of ${formatAsOf(row.source.asOf, row.source.asOfPrecision)} · ${row.source.publisher}`,
  ];
}
