export * from "./benchmarks/metrics";
export * from "./benchmarks/schemas";
export * from "./benchmarks/vocabulary";
