import type { ReactNode } from "react";
import { chartFont } from "./chart-theme";

/**
 * The drawn chart: one SVG that is an image to assistive technology, labelled with the chart's
 * main finding. Horizontal positions are percentages and text keeps its pixel size, so the chart
 * fills any width without scaling its labels. `standalone` renders the downloadable file: a fixed
 * width, the namespace and a white background.
 */
export function ChartSvg({
  label,
  height,
  standalone,
  children,
}: {
  label: string;
  height: number;
  standalone?: { width: number; title: string };
  children: ReactNode;
}) {
  return (
    <svg
      role="img"
      aria-label={label}
      width={standalone ? standalone.width : "100%"}
      height={height}
      className="chart-svg"
      fontFamily={chartFont.fontFamily}
      fontSize={chartFont.fontSize}
      {...(standalone ? { xmlns: "http://www.w3.org/2000/svg" } : {})}
    >
      {standalone && (
        <>
          <title>{standalone.title}</title>
          <desc>{label}</desc>
          <rect width="100%" height="100%" fill="#ffffff" />
        </>
      )}
      {children}
    </svg>
  );
}
