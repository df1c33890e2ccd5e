"use client";

import type { SeriesDimensionName } from "@aiml/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { Button } from "../../ui/button";
import { control } from "../../ui/control-style";
import { DataTable } from "../../ui/data-table";
import { Pager } from "../../ui/pager";
import { SelectField } from "../../ui/select-field";
import { StatusBox } from "../../ui/status-box";
import { cell, muted, noteBox } from "../../ui/styles";
import { apiProblem } from "../trpc-error";

const PAGE_SIZE = 100;

const dimensionLabels: Record<SeriesDimensionName, string> = {
  socCode: "SOC code",
  occupation: "Occupation",
  state: "State",
  sector: "Sector",
  currency: "Currency",
  postingsType: "Postings",
  seasonalAdjustment: "Seasonal adjustment",
};

const columns = [
  { label: "Series" },
  { label: "Period" },
  { label: "Value", align: "right" as const },
  { label: "Mean", align: "right" as const },
  { label: "P10–P90", align: "right" as const },
  { label: "Count", align: "right" as const },
  { label: "Flags" },
];

const number = (n: number | null) =>
  n === null ? "—" : n.toLocaleString("en-US", { maximumFractionDigits: 4 });

/**
 * A version's open-data observations, a page at a time, filtered by metric, series and
 * dimension; every page and count comes from SQL (admin.observations.list).
 */
export function ObservationBrowser({
  datasetId,
  versionId,
  caption,
}: {
  datasetId: string;
  versionId: string;
  caption: string;
}) {
  const trpc = useTRPC();
  const [metric, setMetric] = useState("");
  const [filters, setFilters] = useState<Partial<Record<SeriesDimensionName, string>>>({});
  const [seriesKey, setSeriesKey] = useState("");
  const [offset, setOffset] = useState(0);
  const query = useQuery({
    ...trpc.admin.observations.list.queryOptions({
      datasetId,
      versionId,
      metric: metric || undefined,
      seriesKey: seriesKey.trim() || undefined,
      filters,
      offset,
      limit: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  if (query.error && !data) {
    return <StatusBox status={{ kind: "error", message: apiProblem(query.error).message }} />;
  }
  if (!data) return <p className={`text-sm ${muted}`}>Loading the observations…</p>;

  const setFilter = (name: SeriesDimensionName, value: string) => {
    setOffset(0);
    setFilters((f) => {
      const next = { ...f };
      if (value === "") delete next[name];
      else next[name] = value;
      return next;
    });
  };
  const dimensionNames = (Object.keys(dimensionLabels) as SeriesDimensionName[]).filter(
    (name) => data.facets.dimensions[name].length > 1,
  );
  const total = data.totalObservations;
  const last = Math.min(offset + data.rows.length, total);

  return (
    <section className="grid grid-cols-1 gap-3" data-testid="observation-browser">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <SelectField
          label="Metric"
          name="metric"
          value={metric}
          options={[["", "Every metric"], ...data.facets.metrics.map((m) => [m, m] as const)]}
          onChange={(value) => {
            setOffset(0);
            setMetric(value);
          }}
        />
        {dimensionNames.map((name) => (
          <SelectField
            key={name}
            label={dimensionLabels[name]}
            name={name}
            value={filters[name] ?? ""}
            options={[["", "Any"], ...data.facets.dimensions[name].map((v) => [v, v] as const)]}
            onChange={(value) => setFilter(name, value)}
          />
        ))}
        <label className="text-sm font-medium">
          Series key
          <input
            className={control}
            value={seriesKey}
            maxLength={500}
            placeholder="e.g. postings_index|state=CA|…"
            onChange={(e) => {
              setOffset(0);
              setSeriesKey(e.target.value);
            }}
          />
        </label>
      </div>
      {(metric || seriesKey || Object.keys(filters).length > 0) && (
        <div>
          <Button
            variant="link"
            onClick={() => {
              setOffset(0);
              setMetric("");
              setSeriesKey("");
              setFilters({});
            }}
          >
            Clear the filters
          </Button>
        </div>
      )}
      <p className="text-sm" data-testid="observation-count">
        {data.totalSeries.toLocaleString("en-US")} series, {total.toLocaleString("en-US")}{" "}
        observations match.
      </p>
      {total === 0 ? (
        <p role="status" className={noteBox}>
          No observation matches these filters.
        </p>
      ) : (
        <>
          <DataTable
            caption={caption}
            columns={columns}
            minWidth="min-w-[48rem]"
            testId="observation-table"
            dimmed={query.isPlaceholderData}
          >
            {data.rows.map((row) => (
              <tr key={`${row.seriesKey}@${row.period}`}>
                <th scope="row" className={`${cell} break-all font-mono text-xs font-normal`}>
                  {row.seriesKey}
                  <span className={`block font-sans ${muted}`}>
                    {row.unit}, {row.precision}
                  </span>
                </th>
                <td className={`${cell} whitespace-nowrap tabular-nums`}>
                  {row.period}
                  {row.periodEnd && ` – ${row.periodEnd}`}
                </td>
                <td className={`${cell} text-right tabular-nums`}>{number(row.value)}</td>
                <td className={`${cell} text-right tabular-nums`}>{number(row.mean)}</td>
                <td className={`${cell} text-right tabular-nums`}>
                  {[row.p10, row.p25, row.p50, row.p75, row.p90].every((p) => p === null)
                    ? "—"
                    : [row.p10, row.p25, row.p50, row.p75, row.p90].map(number).join(" / ")}
                </td>
                <td className={`${cell} text-right tabular-nums`}>{number(row.count)}</td>
                <td className={`${cell} text-xs`}>{row.flags?.join("; ") ?? ""}</td>
              </tr>
            ))}
          </DataTable>
          <Pager
            label="Observation pages"
            position={`Observations ${(offset + 1).toLocaleString("en-US")}–${last.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`}
            loading={query.isFetching}
            onPrevious={offset > 0 ? () => setOffset(Math.max(0, offset - PAGE_SIZE)) : undefined}
            onNext={last < total ? () => setOffset(offset + PAGE_SIZE) : undefined}
          />
        </>
      )}
    </section>
  );
}
