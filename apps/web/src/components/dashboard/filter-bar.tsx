import {
  compFilters,
  type DashboardFilters,
  type DashboardPage,
  levelFilters,
  levelName,
  pageFilterParams,
  pageInfo,
  sortOrders,
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
  "mt-1 block rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900";

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
        <label className="text-sm">
          Pay measure
          <select name="comp" defaultValue={filters.comp} className={select}>
            {compFilters.map((c) => (
              <option key={c} value={c}>
                {compNames[c]}
              </option>
            ))}
          </select>
        </label>
      )}
      {params.includes("level") && (
        <label className="text-sm">
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
      {params.includes("sort") && (
        <label className="text-sm">
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
        <label className="text-sm">
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
