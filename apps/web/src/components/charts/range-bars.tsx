import { type ChartRow, sortValue } from "@aiml/domain";
import { describeFigure } from "./describe-figure";

function scaleMax(rows: ChartRow[]): number {
  const max = Math.max(...rows.map((r) => Math.max(r.high ?? 0, r.value ?? 0, r.low ?? 0)));
  return max > 0 ? max : 1;
}

const pct = (n: number, max: number) => Math.max(0, Math.min(100, (n / max) * 100));

/**
 * Horizontal bars drawn with CSS: a bar for a single value; for a range, a band from low to
 * high with the typical value (median, mean or midpoint) marked. An open-ended top fades out
 * past its stated bound and is labelled "or more", never given a made-up end.
 */
export function RangeBars({ rows }: { rows: ChartRow[] }) {
  const openEnded = rows.some((r) => r.highOpen);
  const max = scaleMax(rows) * (openEnded ? 1.2 : 1.02);
  return (
    <ul className="space-y-3">
      {rows.map((row) => {
        const isRange = row.low !== null && (row.high !== null || row.highOpen);
        const start = isRange ? (row.low ?? 0) : 0;
        const end = row.high ?? row.value ?? sortValue(row);
        const color = row.highlighted ? "var(--chart-highlight)" : "var(--chart-bar)";
        return (
          <li key={row.id} className="range-bar">
            <span className={row.highlighted ? "text-sm font-semibold" : "text-sm"}>
              {row.rowLabel}
              {row.highlighted && <span className="sr-only"> (highlighted)</span>}
            </span>
            <div>
              <div className="range-bar-track">
                <div
                  className="range-bar-fill"
                  style={{
                    left: `${pct(start, max)}%`,
                    width: `${pct(end, max) - pct(start, max)}%`,
                    background: color,
                    opacity: isRange ? 0.7 : 1,
                  }}
                />
                {row.highOpen && (
                  <div
                    className="absolute inset-y-0"
                    style={{
                      left: `${pct(end, max)}%`,
                      right: 0,
                      background: `linear-gradient(to right, ${color}, transparent)`,
                      opacity: 0.5,
                    }}
                  />
                )}
                {isRange && row.value !== null && (
                  <div
                    className="absolute -inset-y-1 w-1 rounded"
                    style={{
                      left: `calc(${pct(row.value, max)}% - 2px)`,
                      background: "var(--chart-marker)",
                    }}
                  />
                )}
              </div>
              <span className="range-bar-caption">{describeFigure(row)}</span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
