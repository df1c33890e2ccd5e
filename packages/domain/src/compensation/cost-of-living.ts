/**
 * Cost of living between US states by regional price parities (RPPs): each state's price level
 * as a percentage of the US average in a year. An amount in state A buys what
 * amount × RPP(B) / RPP(A) buys in state B in the same year.
 */
import { isUsState, type UsState, usStateCodes, usStates } from "../geography/us-states";

/** A state's all-items price parity in a year (US = 100), as published. */
export interface StateParity {
  state: UsState;
  year: number;
  rppAllItems: number;
}

export type ParityEquivalent =
  | {
      ok: true;
      /** The amount, unchanged, in `fromState`. */
      amount: number;
      /** What buys the same in `toState`. */
      equivalent: number;
      fromState: UsState;
      toState: UsState;
      year: number;
      fromRpp: number;
      toRpp: number;
    }
  | { ok: false; message: string };

/** RPPs are published with 3 decimals; held exactly as thousandths. */
const thousandths = (rpp: number) => BigInt(Math.round(rpp * 1000));

/**
 * amount × toRpp / fromRpp, with parities held exactly as thousandths, rounded once to the
 * nearest minor unit (halves up). `amount` is a non-negative whole number; parities positive.
 */
export function scaleByParity(amount: number, fromRpp: number, toRpp: number): number {
  const numerator = BigInt(amount) * thousandths(toRpp);
  const denominator = thousandths(fromRpp);
  return Number((2n * numerator + denominator) / (2n * denominator));
}

/**
 * What `amount` (minor units) in `fromState` buys in `toState`, by the parities of `year`:
 * amount × RPP(to) / RPP(from), rounded once to the nearest minor unit (halves away from
 * zero). A state or year without parity data gives a message.
 */
export function equivalentByParity(
  amount: number,
  fromState: UsState,
  toState: UsState,
  year: number,
  parities: readonly StateParity[],
): ParityEquivalent {
  const find = (state: UsState) => parities.find((p) => p.state === state && p.year === year);
  const from = find(fromState);
  const to = find(toState);
  const missing = [from ? null : fromState, to ? null : toState].filter(
    (s): s is UsState => s !== null,
  );
  if (!from || !to) {
    return {
      ok: false,
      message: `There is no ${year} price parity for ${missing.map((s) => usStates[s]).join(" or ")} in the data.`,
    };
  }
  if (from.rppAllItems <= 0 || to.rppAllItems <= 0) {
    return { ok: false, message: `The ${year} price parity data is not usable (zero or less).` };
  }
  if (!Number.isSafeInteger(amount) || amount < 0) {
    return { ok: false, message: "The amount must be a non-negative whole number." };
  }
  const equivalent = scaleByParity(amount, from.rppAllItems, to.rppAllItems);
  return {
    ok: true,
    amount,
    equivalent,
    fromState,
    toState,
    year,
    fromRpp: from.rppAllItems,
    toRpp: to.rppAllItems,
  };
}

/** The latest year with parities for both states, or null. */
export function latestParityYear(
  states: readonly UsState[],
  parities: readonly StateParity[],
): number | null {
  const years = [...new Set(parities.map((p) => p.year))].sort((a, b) => b - a);
  return (
    years.find((year) =>
      states.every((s) => parities.some((p) => p.state === s && p.year === year)),
    ) ?? null
  );
}

export { isUsState, type UsState, usStateCodes, usStates };
