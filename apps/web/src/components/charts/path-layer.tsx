import { PATH_WIDTH } from "@aiml/domain";
import type { ReactNode } from "react";

/**
 * Lines and bands in a coordinate space stretched to the chart's width (x 0–1000, y in pixels):
 * strokes keep their width and round-capped zero-length strokes stay round, so markers are dots.
 */
export function PathLayer({ height, children }: { height: number; children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      x="0"
      y="0"
      width="100%"
      height={height}
      viewBox={`0 0 ${PATH_WIDTH} ${height}`}
      preserveAspectRatio="none"
      overflow="visible"
    >
      {children}
    </svg>
  );
}

/** A round dot at a point of the path layer (x 0–1). */
export const dotPath = (points: { x: number; y: number }[]) =>
  points.map((p) => `M${(p.x * PATH_WIDTH).toFixed(1)},${p.y.toFixed(1)}h0`).join("");
