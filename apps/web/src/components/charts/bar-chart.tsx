import { type ChartRow, type ChartUnit, chartUnitNames } from "@aiml/domain";
import { BAR_ROW, type BarGeometry, type BarLayout, barTipLines, layoutBars } from "./bar-layout";
import { ChartHits } from "./chart-hits";
import { ChartSvg } from "./chart-svg";
import { chartColors, colorClass, pct } from "./chart-theme";
import { Legend, type LegendItem } from "./legend";
import { MarkupHost } from "./markup-host";
import { ValueGrid } from "./value-grid";

function Bar({ bar }: { bar: BarGeometry }) {
  const color = bar.row.highlighted ? "highlight" : "bar";
  const y = bar.top + bar.shift + BAR_ROW.bar;
  return (
    <g
      fill={chartColors[color]}
      stroke={chartColors[color]}
      className={`${colorClass[color]}-fill ${colorClass[color]}-stroke`}
    >
      <rect
        x={pct(bar.start)}
        width={pct(Math.max(bar.end - bar.start, 0.004))}
        y={y}
        height={BAR_ROW.barHeight}
        fillOpacity={bar.isRange ? 0.35 : 1}
        strokeWidth={bar.isRange ? 1 : 0}
      />
      {bar.openEnd !== null && (
        <rect
          x={pct(bar.end)}
          width={pct(bar.openEnd - bar.end)}
          y={y}
          height={BAR_ROW.barHeight}
          fill="none"
          strokeDasharray="3 2"
          strokeWidth={1.5}
        />
      )}
    </g>
  );
}

function Bars({ layout }: { layout: BarLayout }) {
  return (
    <>
      {layout.bars.map((bar) => (
        <Bar key={bar.row.id} bar={bar} />
      ))}
      <g fill={chartColors.marker} className={`${colorClass.marker}-fill`}>
        {layout.bars.map(
          (bar) =>
            bar.marker !== null && (
              <rect
                key={bar.row.id}
                x={pct(bar.marker)}
                width={3}
                transform="translate(-1.5 0)"
                y={bar.top + bar.shift + BAR_ROW.bar - 3}
                height={BAR_ROW.barHeight + 6}
              />
            ),
        )}
      </g>
      <g fill={chartColors.text} className={`${colorClass.text}-fill`}>
        {layout.bars.map((bar) => (
          <text
            key={bar.row.id}
            y={bar.top + BAR_ROW.label}
            fontWeight={bar.row.highlighted ? 700 : undefined}
          >
            {bar.label.map((line, i) => (
              <tspan key={line} x="0" dy={i === 0 ? undefined : BAR_ROW.line}>
                {i < bar.label.length - 1 ? `${line} ` : line}
              </tspan>
            ))}
          </text>
        ))}
      </g>
      <g fill={chartColors.muted} className={`${colorClass.muted}-fill`}>
        {layout.bars.map((bar) => (
          <text key={bar.row.id} y={bar.top + bar.shift + BAR_ROW.caption}>
            {bar.caption}
          </text>
        ))}
      </g>
    </>
  );
}

/** The drawing alone: what the page shows and what the SVG download contains. */
export function BarChartDrawing({
  rows,
  unit,
  label,
  standalone,
}: {
  rows: ChartRow[];
  unit: ChartUnit;
  label: string;
  standalone?: { width: number; title: string };
}) {
  const layout = layoutBars(rows, unit);
  return (
    <ChartSvg label={label} height={layout.height} standalone={standalone}>
      <ValueGrid
        axis={layout.axis}
        top={layout.plotTop}
        bottom={layout.plotBottom}
        labelsAbove={layout.topAxis}
        title={chartUnitNames[unit]}
      />
      <Bars layout={layout} />
    </ChartSvg>
  );
}

export function barLegend(rows: ChartRow[]): LegendItem[] {
  const items: LegendItem[] = [];
  const ranges = rows.filter((r) => r.low !== null && (r.high !== null || r.highOpen));
  if (rows.some((r) => !ranges.includes(r) && !r.highlighted))
    items.push({ label: "Stated value", mark: { kind: "bar", color: "bar" } });
  if (ranges.length > 0)
    items.push({ label: "Range (low to high)", mark: { kind: "band", color: "bar" } });
  if (ranges.some((r) => r.value !== null))
    items.push({
      label: "Typical value (median, mean)",
      mark: { kind: "marker", color: "marker" },
    });
  if (rows.some((r) => r.highOpen))
    items.push({
      label: "Open-ended top: “or more”, no stated upper bound",
      mark: { kind: "open-end", color: "bar" },
    });
  if (rows.some((r) => r.highlighted))
    items.push({ label: "Highlighted company", mark: { kind: "bar", color: "highlight" } });
  return items;
}

/** Ranked or range bars with a value axis, a legend and a value on hover or focus. */
export function BarChart({
  id,
  rows,
  unit,
  label,
  title,
}: {
  /** Unique on the page. */
  id: string;
  rows: ChartRow[];
  unit: ChartUnit;
  label: string;
  title: string;
}) {
  const layout = layoutBars(rows, unit);
  return (
    <figure className="chart-figure">
      <Legend items={barLegend(rows)} />
      <div className="chart-frame">
        <MarkupHost node={<BarChartDrawing rows={rows} unit={unit} label={label} />} />
        <ChartHits
          idPrefix={`tip-${id}`}
          label={`${title}: one entry per figure`}
          hits={layout.bars.map((bar) => ({
            key: bar.row.id,
            top: bar.top,
            height: bar.height,
            left: 0,
            width: 1,
            lines: barTipLines(bar),
          }))}
        />
      </div>
    </figure>
  );
}
