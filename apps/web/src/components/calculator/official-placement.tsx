import {
  formatCents,
  formatPercentile,
  type OfficialWages,
  type PercentilePlacement,
  percentileKeys,
} from "@aiml/domain";
import { Citation, type DataCitation } from "./data-citation";

export interface OfficialFigures {
  wages: OfficialWages | null;
  placement: PercentilePlacement | null;
  baseUsdCents: number | null;
  conversion: string | null;
  source: DataCitation | null;
  missing: string | null;
}

const areaName = (area: string) => (area === "US" ? "the US" : area);

/** The base among official wage percentiles (p10–p90), with employment, year and source. */
export function OfficialPlacement({ official }: { official: OfficialFigures }) {
  const { wages, placement, baseUsdCents, source } = official;
  if (official.missing || !wages || !placement || baseUsdCents === null || !source) {
    return (
      <p
        className="mt-2 text-sm text-slate-600 dark:text-slate-400"
        data-testid="official-position"
      >
        {official.missing}
      </p>
    );
  }
  if (!placement.ok) {
    return (
      <p role="alert" className="mt-2 text-sm" data-testid="official-position">
        {placement.message}
      </p>
    );
  }
  const base = formatCents(baseUsdCents);
  const verdict =
    placement.percentile !== null
      ? `about the ${formatPercentile(placement.percentile)} percentile`
      : placement.position === "below_lowest"
        ? "below the 10th percentile"
        : placement.position === "top_coded"
          ? "above the highest percentile BLS publishes here"
          : "above the 90th percentile";
  return (
    <div
      className="mt-2 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800"
      data-testid="official-position"
    >
      <p>
        Your year-1 base of {base} is at <strong>{verdict}</strong> of {wages.occupationTitle} (SOC{" "}
        {wages.socCode}) pay in {areaName(wages.area)}, May {wages.year}
        {wages.employment !== null && ` (${wages.employment.toLocaleString("en-US")} jobs)`}.
      </p>
      {placement.gapToP75Cents !== null && placement.gapToP75Cents > 0 && (
        <p>
          The 75th percentile is {formatCents(baseUsdCents + placement.gapToP75Cents)}:{" "}
          {formatCents(placement.gapToP75Cents)} more.
        </p>
      )}
      <table className="mt-2 w-full text-right tabular-nums">
        <thead>
          <tr>
            {percentileKeys.map((k) => (
              <th key={k} scope="col" className="font-medium">
                {formatPercentile(Number(k.slice(1)))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {percentileKeys.map((k) => (
              <td key={k}>
                {wages[k] === null
                  ? wages.topCoded.includes(k)
                    ? "top-coded"
                    : "—"
                  : formatCents(Math.round(wages[k] * 100))}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        Official wages are base pay only (no bonus or equity), so the total is held against the
        article benchmarks instead.
        {placement.topCodedCaveat && ` ${placement.topCodedCaveat}`}
        {official.conversion && ` ${official.conversion}`}
      </p>
      <Citation source={source} />
    </div>
  );
}
