export * from "./formats";
export * from "./parse-records";
export * from "./period";
export * from "./read-inputs";
export * from "./seed-schema";
export * from "./vocabulary";
