import {
  chartPeriodNames,
  chartPeriods,
  compFilters,
  type DashboardFilters,
  type DashboardPage,
  levelFilters,
  levelName,
  pageFilterParams,
  pageInfo,
  sortOrders,
  stateNames,
  trackedOccupations,
} from "@aiml/domain";
import { AutoSubmit } from "./auto-submit";

const sortNames: Record<(typeof sortOrders)[number], string> = {
  source: "As published",
  "value-desc": "Highest first",
  "value-asc": "Lowest first",
  label: "A to Z",
};
const compNames: Record<(typeof compFilters)[number], string> = {
  all: "All pay figures",
  base: "Base salary only",
  total: "Total compensation only",
};

const select =
  "mt-1 block max-w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900";

/**
 * A plain GET form: the filters live in the URL, links reproduce the view, back and forward
 * work, and it works without JavaScript (with it, changes apply at once).
 */
export function FilterBar({ page, filters }: { page: DashboardPage; filters: DashboardFilters }) {
  const params = pageFilterParams[page];
  if (params.length === 0) return null;
  return (
    <form
      method="get"
      action={pageInfo[page].path}
      aria-label="Filters"
      data-testid="filter-bar"
      className="mb-6 flex flex-wrap items-end gap-4 rounded-lg bg-slate-50 p-3 dark:bg-slate-900"
    >
      <AutoSubmit />
      {params.includes("comp") && (
        <label className="max-w-full text-sm">
          Pay measure
          <select name="comp" defaultValue={filters.comp} data-default="all" className={select}>
            {compFilters.map((c) => (
              <option key={c} value={c}>
                {compNames[c]}
              </option>
            ))}
          </select>
        </label>
      )}
      {params.includes("level") && (
        <label className="max-w-full text-sm">
          Level
          <select name="level" defaultValue={filters.level ?? ""} className={select}>
            <option value="">All levels</option>
            {levelFilters.map((l) => (
              <option key={l} value={l}>
                {levelName(l)}
              </option>
            ))}
          </select>
        </label>
      )}
      {params.includes("period") && (
        <label className="max-w-full text-sm">
          Period
          <select
            name="period"
            defaultValue={filters.period ?? "all"}
            data-default="all"
            className={select}
          >
            {chartPeriods.map((p) => (
              <option key={p} value={p}>
                {chartPeriodNames[p]}
              </option>
            ))}
          </select>
        </label>
      )}
      {params.includes("state") && (
        <label className="max-w-full text-sm">
          State
          <select name="state" defaultValue={filters.state ?? ""} className={select}>
            <option value="">None picked</option>
            {Object.entries(stateNames)
              .sort((a, b) => a[1].localeCompare(b[1]))
              .map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
          </select>
        </label>
      )}
      {params.includes("occupation") && (
        <label className="max-w-full text-sm">
          Occupation
          <select
            name="occupation"
            defaultValue={filters.occupation ?? trackedOccupations[0].id}
            data-default={trackedOccupations[0].id}
            className={select}
          >
            {trackedOccupations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {params.includes("prices") && (
        <label className="max-w-full text-sm">
          Pay by state
          <select
            name="prices"
            defaultValue={filters.prices ?? "nominal"}
            data-default="nominal"
            className={select}
          >
            <option value="nominal">As published</option>
            <option value="adjusted">Adjusted for cost of living</option>
          </select>
        </label>
      )}
      {params.includes("sort") && (
        <label className="max-w-full text-sm">
          Sort
          <select name="sort" defaultValue={filters.sort ?? ""} className={select}>
            <option value="">Default</option>
            {sortOrders.map((s) => (
              <option key={s} value={s}>
                {sortNames[s]}
              </option>
            ))}
          </select>
        </label>
      )}
      {params.includes("highlight") && (
        <label className="max-w-full text-sm">
          Highlight companies
          <input
            name="highlight"
            defaultValue={filters.highlight.join(",")}
            placeholder="e.g. Google,Meta"
            className={select}
          />
        </label>
      )}
      <button
        type="submit"
        className="rounded bg-slate-900 px-3 py-1.5 text-sm text-white dark:bg-slate-100 dark:text-slate-900"
      >
        Apply
      </button>
    </form>
  );
}
