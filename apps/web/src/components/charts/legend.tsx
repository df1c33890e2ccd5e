import { chartColors, colorClass } from "./chart-theme";

/** How a legend entry is drawn: the same marks the chart uses. */
export type LegendMark =
  | { kind: "bar"; color: keyof typeof chartColors }
  | { kind: "band"; color: keyof typeof chartColors; opacity?: number }
  | { kind: "line"; color: keyof typeof chartColors; dashed?: boolean }
  | { kind: "marker"; color: keyof typeof chartColors }
  | { kind: "dot"; color: keyof typeof chartColors }
  | { kind: "open-end"; color: keyof typeof chartColors }
  | { kind: "break" };

export interface LegendItem {
  label: string;
  mark: LegendMark;
}

function Swatch({ mark }: { mark: LegendMark }) {
  const color = "color" in mark ? mark.color : "muted";
  const fill = { fill: chartColors[color], className: `${colorClass[color]}-fill` };
  const stroke = { stroke: chartColors[color], className: `${colorClass[color]}-stroke` };
  return (
    <svg width="22" height="12" aria-hidden="true" className="chart-svg shrink-0">
      {mark.kind === "bar" && <rect y="2" width="22" height="8" {...fill} />}
      {mark.kind === "band" && (
        <rect
          y="1"
          width="22"
          height="10"
          {...fill}
          fillOpacity={mark.opacity ?? 0.35}
          strokeWidth={1}
          stroke={chartColors[color]}
        />
      )}
      {mark.kind === "line" && (
        <line
          x1="0"
          x2="22"
          y1="6"
          y2="6"
          strokeWidth={2.5}
          strokeDasharray={mark.dashed ? "4 3" : undefined}
          {...stroke}
        />
      )}
      {mark.kind === "marker" && <rect x="9" width="3" height="12" {...fill} />}
      {mark.kind === "dot" && (
        <circle cx="11" cy="6" r="4" {...fill} stroke="#ffffff" strokeWidth={1} />
      )}
      {mark.kind === "open-end" && (
        <rect
          x="1"
          y="2"
          width="20"
          height="8"
          fill="none"
          strokeDasharray="3 2"
          strokeWidth={1.5}
          {...stroke}
        />
      )}
      {mark.kind === "break" && (
        <line
          x1="11"
          x2="11"
          y1="0"
          y2="12"
          strokeDasharray="2 2"
          strokeWidth={1.5}
          stroke={chartColors.text}
          className={`${colorClass.text}-stroke`}
        />
      )}
    </svg>
  );
}

/** A legend entry for every encoding the chart uses, each drawn as the chart draws it. */
export function Legend({ items }: { items: LegendItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul aria-label="Legend" data-testid="chart-legend" className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <Swatch mark={item.mark} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
