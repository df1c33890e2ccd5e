import { pathRound } from "d3-path";
import { area, type Line, line } from "d3-shape";

/** Width of the coordinate space paths are drawn in; the SVG stretches it to the chart's width. */
export const PATH_WIDTH = 1000;

export interface PathPoint2 {
  /** 0 to 1 along the time axis. */
  x: number;
  /** Pixels from the top; null leaves a gap (a missing or suppressed value). */
  y: number | null;
}

const at = (x: number) => x * PATH_WIDTH;

/** d3-shape draws into any path context; its types name only the canvas one. */
type Context = Parameters<Line<unknown>["context"]>[0];
const rounded = () => pathRound(1);

/** An SVG path through the points, broken where a value is missing. */
export function linePath(points: readonly PathPoint2[]): string {
  const path = rounded();
  line<PathPoint2>()
    .defined((p) => p.y !== null)
    .x((p) => at(p.x))
    .y((p) => p.y ?? 0)
    .context(path as unknown as Context)(points);
  return path.toString();
}

export interface BandPoint2 {
  x: number;
  low: number | null;
  high: number | null;
}

/** A filled band between two bounds, broken where either is missing. */
export function bandPath(points: readonly BandPoint2[]): string {
  const path = rounded();
  area<BandPoint2>()
    .defined((p) => p.low !== null && p.high !== null)
    .x((p) => at(p.x))
    .y0((p) => p.low ?? 0)
    .y1((p) => p.high ?? 0)
    .context(path as unknown as Context)(points);
  return path.toString();
}
