import type { AxisTick, ValueAxis } from "@aiml/domain";
import type { ReactNode } from "react";
import { chartColors, colorClass, pct } from "./chart-theme";

export interface PlotBox {
  top: number;
  bottom: number;
}

/** Pixels from the top for a value on the plot's value axis. */
export const yOf = (axis: ValueAxis, box: PlotBox, value: number) =>
  box.bottom - axis.position(value) * (box.bottom - box.top);

const anchorAt = (at: number) => (at <= 0.02 ? "start" : at >= 0.98 ? "end" : "middle");

/**
 * Horizontal gridlines with their values written just above each line at the left edge (the
 * plot spans the full width, so the labels sit inside it, on a halo, drawn over the plotted
 * `children` so that no line crosses a value), time ticks below.
 */
export function PlotGrid({
  valueAxis,
  timeTicks,
  box,
  unitTitle,
  children,
}: {
  valueAxis: ValueAxis;
  timeTicks: AxisTick[];
  box: PlotBox;
  unitTitle: string;
  children: ReactNode;
}) {
  return (
    <>
      <g stroke={chartColors.grid} className={`${colorClass.grid}-stroke`}>
        {valueAxis.ticks.map((t) => {
          const y = yOf(valueAxis, box, t.value);
          return <line key={t.value} x1="0" x2="100%" y1={y} y2={y} />;
        })}
      </g>
      <line
        x1="0"
        x2="100%"
        y1={box.bottom}
        y2={box.bottom}
        stroke={chartColors.axis}
        className={`${colorClass.axis}-stroke`}
      />
      <g fill={chartColors.muted} className={`${colorClass.muted}-fill`}>
        {timeTicks.map((t) => (
          <text key={t.value} x={pct(t.at)} y={box.bottom + 15} textAnchor={anchorAt(t.at)}>
            {t.label}
          </text>
        ))}
      </g>
      {children}
      <g
        fill={chartColors.muted}
        stroke="#ffffff"
        strokeWidth={3}
        paintOrder="stroke"
        className={`${colorClass.muted}-fill chart-halo`}
      >
        {valueAxis.ticks.map((t) => (
          <text key={t.value} x="2" y={yOf(valueAxis, box, t.value) - 4}>
            {t.label}
          </text>
        ))}
        <text x="100%" y={box.top - 6} textAnchor="end">
          {unitTitle}
        </text>
      </g>
    </>
  );
}
