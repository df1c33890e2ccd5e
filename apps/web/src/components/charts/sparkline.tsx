import { linePath, PATH_WIDTH } from "@aiml/domain";
import { chartColors, colorClass } from "./chart-theme";
import { dotPath } from "./path-layer";

/**
 * A small line of a series' recent shape with its last point marked: decoration beside a figure
 * that is stated in words, so it is hidden from assistive technology.
 */
export function Sparkline({ values }: { values: number[] }) {
  const height = 36;
  if (values.length < 2) return null;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const y = (v: number) => 3 + (hi === lo ? 0.5 : 1 - (v - lo) / (hi - lo)) * (height - 6);
  const points = values.map((v, i) => ({ x: i / (values.length - 1), y: y(v) }));
  const last = points[points.length - 1];
  return (
    <svg
      aria-hidden="true"
      width="100%"
      height={height}
      viewBox={`0 0 ${PATH_WIDTH} ${height}`}
      preserveAspectRatio="none"
      className="chart-svg"
      overflow="visible"
    >
      <g stroke={chartColors.bar} className={`${colorClass.bar}-stroke`} fill="none">
        <path d={linePath(points)} strokeWidth={2} vectorEffect="non-scaling-stroke" />
        {last && (
          <path
            d={dotPath([last])}
            strokeWidth={6}
            strokeLinecap="round"
            vectorEffect="non-scaling-stroke"
          />
        )}
      </g>
    </svg>
  );
}
