// Filter values and URL building, kept free of zod so that client components can import them
// without shipping the schema library.

export const compFilters = ["all", "base", "total"] as const;
export const levelFilters = ["entry", "mid", "senior", "staff", "principal", "lead"] as const;
export const sortOrders = ["source", "value-desc", "value-asc", "label"] as const;

export interface FilterQueryInput {
  comp?: (typeof compFilters)[number];
  level?: (typeof levelFilters)[number];
  sort?: (typeof sortOrders)[number];
  highlight?: string[];
  period?: string;
  state?: string;
  occupation?: string;
  prices?: string;
}

/** The URL parameters for a set of filters, leaving out defaults. */
export function filtersToQuery(filters: FilterQueryInput): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.comp && filters.comp !== "all") query.comp = filters.comp;
  if (filters.level) query.level = filters.level;
  if (filters.sort) query.sort = filters.sort;
  if (filters.highlight && filters.highlight.length > 0)
    query.highlight = filters.highlight.join(",");
  for (const name of ["period", "state", "occupation", "prices"] as const) {
    const value = filters[name];
    if (value) query[name] = value;
  }
  return query;
}
