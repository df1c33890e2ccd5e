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
  type BenefitsInputs,
  noBenefits,
  type YearBenefits,
  yearBenefits,
} from "./benefits";
export {
  type CompanyPractice,
  type PracticePrefill,
  type PracticeSource,
  prefillFromPractice,
} from "./company-practices";
export {
  type ComparedMetric,
  comparedMetrics,
  compareScenarios,
  type ScenarioComparison,
  type ScenarioComparisonRow,
} from "./compare";
export { type ConvertedResult, convertResultHeadlines } from "./compare-currency";
export { computeScenario } from "./compute-scenario";
export {
  equivalentByParity,
  isUsState,
  latestParityYear,
  type ParityEquivalent,
  type StateParity,
  scaleByParity,
  type UsState,
  usStateCodes,
  usStates,
} from "./cost-of-living";
export { csvTextCell, scenarioToCsv } from "./csv";
export {
  type Currency,
  currencies,
  currencyNames,
  formatMoney,
  isCurrency,
  minorToDecimalString,
  minorUnitDigits,
  parseMajorUnits,
} from "./currency";
export {
  type EquityRisk,
  equityBands,
  lognormalMultiplier,
  type YearBand,
  Z_90,
} from "./equity-bands";
export {
  type EquityGrowth,
  type EquityPath,
  equityPaths,
  modelledValue,
  priceMultiplier,
  yearlyGrowthRate,
} from "./equity-path";
export {
  EQUITY_BANDS_MODEL,
  type EquityRiskPreset,
  equityRiskPresetInfo,
  equityRiskPresets,
  MAX_VOLATILITY_PERCENT,
} from "./equity-risk-presets";
export {
  type Conversion,
  convertMoney,
  type FxRate,
  type FxSource,
  latestCommonRateYear,
} from "./exchange-rates";
export { type Grant, scenarioGrants } from "./grants";
export {
  type Cents,
  centsToDecimalString,
  dollarsToCents,
  formatCents,
  MAX_BASE_SALARY_CENTS,
  MAX_GRANT_CENTS,
  MAX_MODELLED_EQUITY_CENTS,
} from "./money";
export {
  type BriefCitation,
  type BriefInput,
  type BriefSection,
  citationLine,
  creditOf,
  type NegotiationBrief,
  negotiationBrief,
} from "./negotiation-brief";
export {
  formatPercentile,
  type OfficialWages,
  type PercentileKey,
  type PercentilePlacement,
  percentileKeys,
  placeAmongPercentiles,
} from "./official-percentiles";
export { positionInRange, type RangePosition } from "./position";
export {
  computeValidScenario,
  type ScenarioContext,
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
  benefitsSchema,
  equityRiskSchema,
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
export { type DecodedScenarioState, decodeScenarioState } from "./url-state";
export {
  encodeScenarioState,
  MAX_SCENARIO_URL_LENGTH,
  SCENARIO_URL_PARAM,
  SCENARIO_URL_VERSION,
} from "./url-state-codec";
export {
  allocateVesting,
  scheduleYearlyPercents,
  type VestingPreset,
  type VestingPresetInfo,
  type VestingSchedule,
  vestingPresets,
  vestingSchedules,
} from "./vesting";
