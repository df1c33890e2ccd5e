// The compensation module's public API: offer scenarios in exact integer cents.
export {
  type AnnualizedBreakdown,
  type AnnualizedCaveat,
  type AnnualizedCaveatKind,
  type AnnualizedComponent,
  type AnnualizedComponentKey,
  describeAnnualized,
} from "./annualized";
export {
  type ComparedMetric,
  comparedMetrics,
  compareScenarios,
  type ScenarioComparison,
  type ScenarioComparisonRow,
} from "./compare";
export { computeScenario } from "./compute-scenario";
export { csvTextCell, scenarioToCsv } from "./csv";
export {
  type EquityGrowth,
  type EquityPath,
  equityPaths,
  modelledValue,
  priceMultiplier,
  yearlyGrowthRate,
} from "./equity-path";
export {
  type Cents,
  centsToDecimalString,
  dollarsToCents,
  formatCents,
  MAX_BASE_SALARY_CENTS,
  MAX_GRANT_CENTS,
  MAX_MODELLED_EQUITY_CENTS,
} from "./money";
export { positionInRange, type RangePosition } from "./position";
export {
  computeValidScenario,
  type ScenarioResult,
  type ScenarioTotals,
  type ScenarioYear,
} from "./scenario";
export { defaultScenarioInputs } from "./scenario-defaults";
export {
  MAX_HORIZON_YEARS,
  MAX_VESTING_YEARS,
  MIN_HORIZON_YEARS,
  type SigningSchedule,
  signingSchedules,
} from "./scenario-limits";
export {
  type ScenarioInputs,
  type ScenarioInputsDraft,
  scenarioInputsSchema,
} from "./schemas";
export {
  compareStatedTotal,
  STATED_TOTAL_TOLERANCE_PERCENT,
  type StatedClaim,
  type StatedTotalComparison,
} from "./stated";
export {
  allocateVesting,
  scheduleYearlyPercents,
  type VestingPreset,
  type VestingPresetInfo,
  type VestingSchedule,
  vestingPresets,
  vestingSchedules,
} from "./vesting";
