/** The columns of a metric definition the admin pages show. */
export const metricDefinitionSelect = {
  id: true,
  name: true,
  label: true,
  unit: true,
  description: true,
  dashboard: true,
  chartKind: true,
  defaultFilters: true,
  sortOrder: true,
  updatedAt: true,
} as const;
