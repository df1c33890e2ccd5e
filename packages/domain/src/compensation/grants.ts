import type { Cents } from "./money";
import type { ScenarioInputs } from "./schemas";
import { allocateVesting, scheduleYearlyPercents } from "./vesting";

/** One equity grant of a scenario. */
export interface Grant {
  /** 1-based year at whose start the grant is made. */
  startYear: number;
  initial: boolean;
  /** Grant-date value vesting in each year after the grant. */
  vesting: Cents[];
}

/**
 * The initial grant at the start of year 1 and, when there is a refresher, one at the start
 * of each later year of the horizon, each split over the schedule's years.
 */
export function scenarioGrants(inputs: ScenarioInputs): Grant[] {
  const schedule = scheduleYearlyPercents(inputs.vestingSchedule, inputs.customVestingPercents);
  const grants: Grant[] = [
    { startYear: 1, initial: true, vesting: allocateVesting(inputs.equityGrantCents, schedule) },
  ];
  if (inputs.refresherGrantCents > 0) {
    const refresher = allocateVesting(inputs.refresherGrantCents, schedule);
    for (let start = 2; start <= inputs.horizonYears; start++) {
      grants.push({ startYear: start, initial: false, vesting: refresher });
    }
  }
  return grants;
}
