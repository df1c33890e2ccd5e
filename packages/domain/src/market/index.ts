export * from "./catalogue";
export * from "./compare";
export * from "./derived";
export * from "./formulas";
