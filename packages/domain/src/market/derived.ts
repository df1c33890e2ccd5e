import type { BenchmarkFigure } from "../benchmarks/figure";
import type { Unit } from "../benchmarks/vocabulary";
import { type CompareStatedOptions, compareStated, type StatedComparison } from "./compare";
import {
  annualizedTotalComp,
  arithmeticMean,
  compoundAnnualGrowth,
  DEFAULT_VESTING_YEARS,
  impliedBaseline,
  impliedPriorValue,
  netJobs,
  percentChange,
  premiumInDollars,
  priorFromChange,
  rangeMidpoint,
  ratioFromCounts,
  valueDifference,
  year1Cash,
} from "./formulas";

/** A published figure, named the way the seed files and the database name it. */
export interface FigureRef {
  datasetSlug: string;
  key: string;
}

/** `hakia-guide/open-positions`: how a lookup names a figure. */
export function figureRefKey(ref: FigureRef): string {
  return `${ref.datasetSlug}/${ref.key}`;
}

/** Which number of a figure an input reads. */
export type FigureField = "value" | "low" | "high";

/** One input of a formula: a figure and which of its numbers to use (its value by default). */
export interface DerivedInput {
  ref: FigureRef;
  field?: FigureField;
}

/**
 * What a derived figure computes. Each kind names its inputs; the numbers themselves come from
 * the lookup at evaluation time, so the catalogue holds no figures.
 */
export type DerivedFormula =
  | { kind: "compound-annual-growth"; start: DerivedInput; end: DerivedInput; years: number }
  | { kind: "implied-prior-value"; current: DerivedInput; growthPercent: DerivedInput }
  | {
      kind: "prior-from-change";
      current: DerivedInput;
      change: DerivedInput;
      /** The prior value itself, or the growth percent the change implies. */
      result: "prior" | "growth-percent";
    }
  | { kind: "ratio"; numerator: DerivedInput; denominator: DerivedInput }
  | { kind: "net-jobs"; created: DerivedInput; displaced: DerivedInput }
  | { kind: "difference"; from: DerivedInput; to: DerivedInput }
  | { kind: "percent-change"; from: DerivedInput; to: DerivedInput }
  | {
      kind: "premium-in-dollars";
      baseline: DerivedInput;
      percentLow: DerivedInput;
      percentHigh: DerivedInput;
    }
  | {
      kind: "implied-baseline";
      dollarsLow: DerivedInput;
      dollarsHigh: DerivedInput;
      percentLow: DerivedInput;
      percentHigh: DerivedInput;
    }
  | { kind: "range-midpoint"; low: DerivedInput; high: DerivedInput }
  | { kind: "mean"; values: readonly DerivedInput[] }
  | { kind: "year1-cash"; base: DerivedInput; bonus: DerivedInput; signing: DerivedInput }
  | {
      kind: "annualized-total-comp";
      base: DerivedInput;
      /** Omitted when the package has no bonus. */
      bonus?: DerivedInput;
      /** Omitted when the package has no signing bonus. */
      signing?: DerivedInput;
      equity: DerivedInput;
      /** A figure giving the vesting period in years; 4 years when omitted. */
      vestingYears?: DerivedInput;
    };

export type DerivedFormulaKind = DerivedFormula["kind"];

/** The figure a source states for the same quantity, and how to compare it with ours. */
export interface StatedFigureRef extends CompareStatedOptions {
  ref: FigureRef;
}

/** The dashboard a derived figure belongs on. */
export type DerivedTopic = "pay" | "demand" | "growth";

export interface DerivedFigureDefinition {
  id: string;
  title: string;
  topic: DerivedTopic;
  /** The unit of the result. */
  unit: Unit;
  formula: DerivedFormula;
  /** The formula in words, for the "computed" label's explanation. */
  explanation: string;
  /** Where the source states the same figure: shown next to ours, with any discrepancy. */
  stated?: StatedFigureRef;
}

/** What evaluation needs of a figure: the fields of `BenchmarkFigure` that carry numbers. */
export type FigureLike = Pick<BenchmarkFigure, "value" | "low" | "high" | "unit"> &
  Partial<Pick<BenchmarkFigure, "highOpen" | "approximate" | "label">>;

/** Finds a figure by `${datasetSlug}/${key}`. */
export type FigureLookup =
  | ((refKey: string) => FigureLike | null | undefined)
  | ReadonlyMap<string, FigureLike>;

/** A lookup over published figures, keyed by their dataset slug and key. */
export function buildFigureLookup(
  figures: Iterable<BenchmarkFigure>,
): Map<string, BenchmarkFigure> {
  const map = new Map<string, BenchmarkFigure>();
  for (const f of figures)
    map.set(figureRefKey({ datasetSlug: f.source.datasetSlug, key: f.key }), f);
  return map;
}

export interface DerivedInputUsed {
  /** The input's part in the formula: "numerator", "start", "baseline"… */
  role: string;
  ref: FigureRef;
  field: FigureField;
  amount: number;
  unit: Unit;
  approximate: boolean;
}

export interface MissingInput {
  role: string;
  ref: FigureRef;
  field: FigureField;
  /** "not-found": no such figure; "no-amount": the figure has no number in that field. */
  reason: "not-found" | "no-amount";
}

export interface StatedFigure {
  ref: FigureRef;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: Unit;
  highOpen: boolean;
  approximate: boolean;
}

export interface DerivedComparison {
  /** Whether every compared number agrees. */
  agrees: boolean;
  /** For a single result, the stated value (or, failing that, its one bound) against ours. */
  value?: StatedComparison;
  /** For a range result, bound against bound. */
  low?: StatedComparison;
  high?: StatedComparison;
}

export interface DerivedFigureResult {
  id: string;
  definition: DerivedFigureDefinition;
  /**
   * "computed": the numbers are set. "missing-inputs": a figure or one of its numbers is absent.
   * "invalid": the inputs make the formula meaningless (see `error`).
   */
  status: "computed" | "missing-inputs" | "invalid";
  /** The result of a single-number formula. */
  value: number | null;
  /** The result of a range formula. */
  low: number | null;
  high: number | null;
  unit: Unit;
  /** Any input is approximate, so the result is too. */
  approximate: boolean;
  inputs: DerivedInputUsed[];
  missingInputs: MissingInput[];
  /** The source's own figure for the same quantity, when the definition names one and it exists. */
  stated?: StatedFigure;
  /** Ours against the stated figure, when both have numbers to compare. */
  comparison?: DerivedComparison;
  error?: string;
}

/** The inputs of a formula, each with its part in it. */
export function formulaInputs(
  formula: DerivedFormula,
): Array<{ role: string; input: DerivedInput }> {
  const slots = (entries: Record<string, DerivedInput | undefined>) =>
    Object.entries(entries).flatMap(([role, input]) => (input ? [{ role, input }] : []));
  switch (formula.kind) {
    case "compound-annual-growth":
      return slots({ start: formula.start, end: formula.end });
    case "implied-prior-value":
      return slots({ current: formula.current, growthPercent: formula.growthPercent });
    case "prior-from-change":
      return slots({ current: formula.current, change: formula.change });
    case "ratio":
      return slots({ numerator: formula.numerator, denominator: formula.denominator });
    case "net-jobs":
      return slots({ created: formula.created, displaced: formula.displaced });
    case "difference":
    case "percent-change":
      return slots({ from: formula.from, to: formula.to });
    case "premium-in-dollars":
      return slots({
        baseline: formula.baseline,
        percentLow: formula.percentLow,
        percentHigh: formula.percentHigh,
      });
    case "implied-baseline":
      return slots({
        dollarsLow: formula.dollarsLow,
        dollarsHigh: formula.dollarsHigh,
        percentLow: formula.percentLow,
        percentHigh: formula.percentHigh,
      });
    case "range-midpoint":
      return slots({ low: formula.low, high: formula.high });
    case "mean":
      return formula.values.map((input, i) => ({ role: `value${i + 1}`, input }));
    case "year1-cash":
      return slots({ base: formula.base, bonus: formula.bonus, signing: formula.signing });
    case "annualized-total-comp":
      return slots({
        base: formula.base,
        bonus: formula.bonus,
        signing: formula.signing,
        equity: formula.equity,
        vestingYears: formula.vestingYears,
      });
  }
}

/** Every figure a definition reads, its stated figure included. */
export function derivedFigureRefs(definition: DerivedFigureDefinition): FigureRef[] {
  const refs = formulaInputs(definition.formula).map((s) => s.input.ref);
  if (definition.stated) refs.push(definition.stated.ref);
  return refs;
}

function find(lookup: FigureLookup, ref: FigureRef): FigureLike | undefined {
  const key = figureRefKey(ref);
  return (typeof lookup === "function" ? lookup(key) : lookup.get(key)) ?? undefined;
}

type Computed = { value: number } | { low: number; high: number };

function compute(formula: DerivedFormula, get: (role: string) => number): Computed {
  switch (formula.kind) {
    case "compound-annual-growth":
      return { value: compoundAnnualGrowth(get("start"), get("end"), formula.years) };
    case "implied-prior-value":
      return { value: impliedPriorValue(get("current"), get("growthPercent")) };
    case "prior-from-change": {
      const { prior, growthPercent } = priorFromChange(get("current"), get("change"));
      if (formula.result === "prior") return { value: prior };
      if (growthPercent === null) {
        throw new RangeError("The change leaves a prior value of zero or less: no growth percent");
      }
      return { value: growthPercent };
    }
    case "ratio":
      return { value: ratioFromCounts(get("numerator"), get("denominator")) };
    case "net-jobs":
      return { value: netJobs(get("created"), get("displaced")) };
    case "difference":
      return { value: valueDifference(get("from"), get("to")) };
    case "percent-change":
      return { value: percentChange(get("from"), get("to")) };
    case "premium-in-dollars":
      return premiumInDollars(get("baseline"), get("percentLow"), get("percentHigh"));
    case "implied-baseline":
      return {
        low: impliedBaseline(get("dollarsLow"), get("percentLow")),
        high: impliedBaseline(get("dollarsHigh"), get("percentHigh")),
      };
    case "range-midpoint":
      return { value: rangeMidpoint(get("low"), get("high")) };
    case "mean":
      return { value: arithmeticMean(formula.values.map((_, i) => get(`value${i + 1}`))) };
    case "year1-cash":
      return {
        value: year1Cash({ base: get("base"), bonus: get("bonus"), signing: get("signing") }),
      };
    case "annualized-total-comp":
      return {
        value: annualizedTotalComp({
          base: get("base"),
          bonus: formula.bonus ? get("bonus") : 0,
          signing: formula.signing ? get("signing") : 0,
          equity: get("equity"),
          vestingYears: formula.vestingYears ? get("vestingYears") : DEFAULT_VESTING_YEARS,
        }),
      };
  }
}

function compareWithStated(
  result: Computed,
  stated: StatedFigure,
  options: CompareStatedOptions,
): DerivedComparison | undefined {
  if ("value" in result) {
    // A stated "up to X" or "over X" has only one number: compare with it.
    const statedNumber = stated.value ?? (stated.high === null ? stated.low : null);
    if (statedNumber === null) return undefined;
    const value = compareStated(statedNumber, result.value, options);
    return { agrees: value.agrees, value };
  }
  const low = stated.low === null ? undefined : compareStated(stated.low, result.low, options);
  const high =
    stated.high === null || stated.highOpen
      ? undefined
      : compareStated(stated.high, result.high, options);
  if (!low && !high) return undefined;
  return {
    agrees: (low?.agrees ?? true) && (high?.agrees ?? true),
    ...(low ? { low } : {}),
    ...(high ? { high } : {}),
  };
}

/**
 * Computes a derived figure from the published figures it reads. Pure: the lookup supplies the
 * numbers. A missing input or stated figure is reported, never thrown; so are inputs that make
 * the formula meaningless (status "invalid").
 */
export function evaluateDerivedFigure(
  definition: DerivedFigureDefinition,
  lookup: FigureLookup,
): DerivedFigureResult {
  const inputs: DerivedInputUsed[] = [];
  const missingInputs: MissingInput[] = [];
  for (const { role, input } of formulaInputs(definition.formula)) {
    const field = input.field ?? "value";
    const figure = find(lookup, input.ref);
    const amount = figure?.[field] ?? null;
    if (!figure || amount === null) {
      missingInputs.push({
        role,
        ref: input.ref,
        field,
        reason: figure ? "no-amount" : "not-found",
      });
      continue;
    }
    inputs.push({
      role,
      ref: input.ref,
      field,
      amount,
      unit: figure.unit,
      approximate: figure.approximate ?? false,
    });
  }

  let stated: StatedFigure | undefined;
  if (definition.stated) {
    const figure = find(lookup, definition.stated.ref);
    if (figure) {
      stated = {
        ref: definition.stated.ref,
        value: figure.value,
        low: figure.low,
        high: figure.high,
        unit: figure.unit,
        highOpen: figure.highOpen ?? false,
        approximate: figure.approximate ?? false,
      };
    }
  }

  const base = {
    id: definition.id,
    definition,
    unit: definition.unit,
    approximate: inputs.some((i) => i.approximate),
    inputs,
    missingInputs,
    ...(stated ? { stated } : {}),
  };
  const empty = { value: null, low: null, high: null };
  if (missingInputs.length > 0) return { ...base, ...empty, status: "missing-inputs" };

  const openTop = inputs.find((i) => i.field === "high" && find(lookup, i.ref)?.highOpen === true);
  if (openTop) {
    return {
      ...base,
      ...empty,
      status: "invalid",
      error: `${figureRefKey(openTop.ref)} has an open-ended top, so its high bound is only a floor`,
    };
  }

  const amounts = new Map(inputs.map((i) => [i.role, i.amount]));
  let result: Computed;
  try {
    result = compute(definition.formula, (role) => {
      const amount = amounts.get(role);
      if (amount === undefined) throw new RangeError(`No input for ${role}`);
      return amount;
    });
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    return { ...base, ...empty, status: "invalid", error };
  }

  let comparison: DerivedComparison | undefined;
  if (stated && definition.stated) {
    const { ref: _ref, ...options } = definition.stated;
    // An "about" figure is compared at the precision it is written to (unless the catalogue
    // says how it was rounded).
    comparison = compareWithStated(result, stated, { approximate: stated.approximate, ...options });
  }
  return {
    ...base,
    status: "computed",
    value: "value" in result ? result.value : null,
    low: "low" in result ? result.low : null,
    high: "high" in result ? result.high : null,
    ...(comparison ? { comparison } : {}),
  };
}

/** Evaluates every definition (the catalogue by default is passed in by the caller). */
export function evaluateDerivedFigures(
  definitions: readonly DerivedFigureDefinition[],
  lookup: FigureLookup,
): DerivedFigureResult[] {
  return definitions.map((d) => evaluateDerivedFigure(d, lookup));
}
