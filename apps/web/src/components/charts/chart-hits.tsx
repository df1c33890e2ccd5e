/** A region of the chart that shows one figure's exact value on hover and keyboard focus. */
export interface ChartHit {
  key: string;
  /** Pixels from the top of the chart, and height. */
  top: number;
  height: number;
  /** Fractions of the width (0 to 1). */
  left: number;
  width: number;
  /** The tip's lines: what it is, its exact value, its period and source. */
  lines: string[];
}

const percent = (f: number) => `${Number((f * 100).toFixed(1))}%`;

/**
 * Focusable regions over the drawn chart. The tips are plain HTML shown by CSS on hover and
 * focus (globals.css, `.chart-hit`): no script, and each region is named by its tip, which
 * names can reference while it is hidden. A region right of the middle opens its tip leftwards, so tips stay inside the chart.
 */
export function ChartHits({
  hits,
  label,
  idPrefix,
}: {
  hits: ChartHit[];
  label: string;
  /** Unique on the page: each region is named by its tip's text (aria-labelledby). */
  idPrefix: string;
}) {
  if (hits.length === 0) return null;
  return (
    <ul aria-label={label} className="chart-hits">
      {hits.map((hit, i) => (
        <li
          key={hit.key}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a figure a keyboard user can focus to read its value, as a pointer user hovers it
          tabIndex={0}
          aria-labelledby={`${idPrefix}-${i}`}
          data-testid="chart-hit"
          className={hit.left + hit.width / 2 > 0.5 ? "chart-hit chart-hit-end" : "chart-hit"}
          style={{
            top: hit.top,
            height: hit.height,
            left: percent(hit.left),
            width: percent(hit.width),
          }}
        >
          <span className="chart-tip" id={`${idPrefix}-${i}`}>
            {hit.lines.map((line, n) => (
              <span key={line} className={n === 0 ? "font-semibold" : undefined}>
                {line}
              </span>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}
