export {
  loadMetricDefinitionSeeds,
  loadOpenDataSeeds,
  type OpenDataSeedFile,
  openDataSeedDir,
  readCsvRecords,
} from "./load-open-data-seeds";
export { createOpenDataDataset } from "./seed-open-data";
export {
  BLOCK_START_SQL,
  buildBlocks,
  createObservationStage,
  insertSeries,
  stageObservations,
  writeSeries,
} from "./write-series";
