export * from "./check-point-set";
export * from "./csv/columns";
export * from "./csv/export";
export * from "./csv/text-problems";
export * from "./csv/validate-import";
export * from "./data-point-fields";
export * from "./diff";
export * from "./issues";
