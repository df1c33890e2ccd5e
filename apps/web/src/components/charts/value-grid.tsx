import type { ValueAxis } from "@aiml/domain";
import { chartColors, colorClass, pct } from "./chart-theme";

const anchorAt = (at: number) => (at <= 0.001 ? "start" : at >= 0.999 ? "end" : "middle");

/** Vertical gridlines over the plot with the value axis's tick labels below (and above). */
export function ValueGrid({
  axis,
  top,
  bottom,
  labelsAbove,
  title,
}: {
  axis: ValueAxis;
  top: number;
  bottom: number;
  labelsAbove: boolean;
  title: string;
}) {
  return (
    <>
      <g stroke={chartColors.grid} className={`${colorClass.grid}-stroke`}>
        {axis.ticks.map((t) => (
          <line key={t.value} x1={pct(t.at)} x2={pct(t.at)} y1={top} y2={bottom} />
        ))}
      </g>
      {axis.domain[0] < 0 && (
        <line
          x1={pct(axis.position(0))}
          x2={pct(axis.position(0))}
          y1={top}
          y2={bottom}
          stroke={chartColors.axis}
          className={`${colorClass.axis}-stroke`}
        />
      )}
      <g fill={chartColors.muted} className={`${colorClass.muted}-fill`}>
        {axis.ticks.map((t) => (
          <text key={t.value} x={pct(t.at)} y={bottom + 14} textAnchor={anchorAt(t.at)}>
            {t.label}
          </text>
        ))}
        {labelsAbove &&
          axis.ticks.map((t) => (
            <text key={`above-${t.value}`} x={pct(t.at)} y={top - 6} textAnchor={anchorAt(t.at)}>
              {t.label}
            </text>
          ))}
        <text x="50%" y={bottom + 30} textAnchor="middle">
          {title}
        </text>
      </g>
    </>
  );
}
