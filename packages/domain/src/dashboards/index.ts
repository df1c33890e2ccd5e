export * from "./build";
export * from "./chart-csv";
export * from "./charts";
export * from "./filter-values";
export * from "./filters";
export * from "./labels";
export * from "./pages";
export * from "./sort-value";
