/**
 * Colours of the drawn charts, written as SVG presentation attributes so a downloaded SVG is
 * complete on its own; globals.css gives each class its dark-mode colour (CSS wins over a
 * presentation attribute). Okabe–Ito hues, each at least 3:1 against its background.
 */
export const chartColors = {
  text: "#334155",
  muted: "#475569",
  grid: "#e2e8f0",
  axis: "#94a3b8",
  bar: "#0072b2",
  highlight: "#c2410c",
  marker: "#0f172a",
  projection: "#7c3aed",
  second: "#b45309",
  third: "#047857",
} as const;

/** Class per colour role: `.cx-<role>` in globals.css (dark mode). */
export const colorClass = {
  text: "cx-text",
  muted: "cx-muted",
  grid: "cx-grid",
  axis: "cx-axis",
  bar: "cx-bar",
  highlight: "cx-highlight",
  marker: "cx-marker",
  projection: "cx-projection",
  second: "cx-second",
  third: "cx-third",
} as const;

export type ColorRole = keyof typeof chartColors;

/** `fill` attributes and the class that re-colours them in dark mode. */
export const fillOf = (role: ColorRole) => ({
  fill: chartColors[role],
  className: `${colorClass[role]}-fill`,
});
export const strokeOf = (role: ColorRole) => ({
  stroke: chartColors[role],
  className: `${colorClass[role]}-stroke`,
});

export const chartFont = {
  fontFamily: "ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  fontSize: 12,
};

/** A fraction of the plot's width as an SVG percentage, to a tenth (about a pixel). */
export const pct = (fraction: number) =>
  `${Number((Math.max(0, Math.min(1, fraction)) * 100).toFixed(1))}%`;
