export { loadSeedFiles, type SeedFiles } from "./load-seed-files";
export { type SeedReport, seedDatabase } from "./seed-database";
