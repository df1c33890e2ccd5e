export * from "./benchmarks/figure";
export * from "./benchmarks/metrics";
export * from "./benchmarks/schemas";
export * from "./benchmarks/vocabulary";
export * from "./format/numbers";
export * from "./overview/headlines";
