export type { SeriesBreakInfo } from "./breaks";
export { type OpenDataDimensions, openDataDimensions } from "./dimensions";
export {
  type DistributionPoint,
  type DistributionResult,
  openDataDistribution,
} from "./distribution";
export { type LatestByStateResult, openDataLatestByState } from "./latest-by-state";
export { openDataLatestPerSeries, type RankedResult } from "./latest-per-series";
export {
  employmentProjections,
  type FxRate,
  fxRate,
  type OewsWages,
  oewsWages,
  type PriceParity,
  type ProjectionRow,
  type ProjectionsResult,
  priceParity,
} from "./lookups";
export {
  type MetricChartData,
  openDataPageMetrics,
  type PageMetric,
} from "./page-metrics";
export type { OpenDataSource } from "./source";
export { openDataTimeSeries, type TimeSeriesPoint, type TimeSeriesResult } from "./time-series";
export {
  type ArticleVintage,
  articleVintages,
  type Gap,
  type OfficialValue,
  type SameMeasure,
  sameMeasureAcrossDatasets,
} from "./vintages";
