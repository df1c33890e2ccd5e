export * from "./compound-growth";
export * from "./downsample";
export * from "./periods";
export * from "./price-parity";
export * from "./tick-format";
export * from "./time-axis";
export * from "./units";
export * from "./value-axis";
