import { isoDateSchema } from "../benchmarks/schemas";
import { dimensionNames, type Statistic, type Unit } from "../benchmarks/vocabulary";
import {
  annualizedTotalComp,
  type CompareStatedOptions,
  compareStated,
  DEFAULT_VESTING_YEARS,
  year1Cash,
} from "../market";
import type {
  DataPointCandidate,
  QualityContext,
  QualityField,
  QualityIssue,
  QualityIssueCode,
  QualitySeverity,
} from "./types";

/*
 * Data-quality rules for the admin editor and the CSV import. Errors block saving; warnings are
 * shown for a human to judge (sources do disagree with themselves, and such figures are kept).
 */

const MONEY_UNITS: ReadonlySet<Unit> = new Set(["usd", "usd_per_year"]);
/** Money metrics that measure a change or a difference: a negative amount is a fall, not a mistake. */
const SIGNED_MONEY_METRICS: ReadonlySet<string> = new Set([
  "salary_change",
  "take_home_difference",
  "pay_premium",
]);
/** Statistics that state one amount, so a point can serve as a component of a total. */
const SINGLE_AMOUNT: ReadonlySet<Statistic> = new Set(["point", "mean", "median"]);

const BOUNDS = ["value", "low", "high"] as const;
type Bound = (typeof BOUNDS)[number];
const BOUND_NAME: Record<Bound, string> = { value: "Value", low: "Low", high: "High" };

const usd = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  maximumFractionDigits: 2,
  minimumFractionDigits: 0,
});
const plain = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

/** An amount written out in full, for messages: $1,032,500 · 120% · 1,600,000. */
function amount(n: number, unit: Unit): string {
  if (MONEY_UNITS.has(unit)) return usd.format(n);
  if (unit === "percent" || unit === "percent_change") return `${plain.format(n)}%`;
  return plain.format(n);
}

const isNumber = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n);

const SPACE_TO_COLLAPSE = /\s{2}|[^\S ]/;

/** Case- and whitespace-insensitive form of a text field; absent and blank are the same. */
function norm(s: string | null | undefined): string {
  if (!s) return "";
  const trimmed = s.trim();
  // Most text has no run of spaces, tabs or line breaks: skip the replace (checks run per row).
  const collapsed = SPACE_TO_COLLAPSE.test(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed;
  return collapsed.toLowerCase();
}

/** Who a figure is about and when: its dimensions and years. */
function scopeIdentity(p: DataPointCandidate): string {
  const parts: (string | number | null)[] = [];
  for (const d of dimensionNames) parts.push(norm(p[d]));
  parts.push(p.year ?? null, p.baseYear ?? null);
  return JSON.stringify(parts);
}

/** What would make two rows the same figure: metric, statistic, unit and scope. */
function figureIdentity(p: DataPointCandidate, scope: string): string {
  // Two JSON arrays side by side: the first one's closing bracket tells where the scope starts.
  return JSON.stringify([norm(p.metric), p.statistic, p.unit]) + scope;
}

/** How a message names a row: its key, or its label, or its position. */
function nameOf(p: DataPointCandidate, index: number): string {
  const key = p.key?.trim();
  if (key) return `"${key}"`;
  const label = p.label?.trim();
  return label ? `"${label}"` : `row ${index + 1}`;
}

function issue(
  severity: QualitySeverity,
  code: QualityIssueCode,
  message: string,
  index: number | null,
  extra: { field?: QualityField; relatedIndexes?: number[] } = {},
): QualityIssue {
  return { severity, code, message, index, ...extra };
}

function checkRange(p: DataPointCandidate, i: number): QualityIssue[] {
  const issues: QualityIssue[] = [];
  const { low, high, value, unit } = p;
  const inverted = isNumber(low) && isNumber(high) && low > high;
  if (inverted) {
    issues.push(
      issue(
        "error",
        "low-above-high",
        `Low (${amount(low, unit)}) is above high (${amount(high, unit)})`,
        i,
        { field: "low" },
      ),
    );
  }
  if (isNumber(value) && !inverted) {
    const what =
      p.statistic === "mean"
        ? "Mean"
        : p.statistic === "median"
          ? "Median"
          : p.statistic === "range"
            ? "Typical value"
            : "Value";
    if (isNumber(low) && value < low) {
      issues.push(
        issue(
          "warning",
          "value-outside-range",
          `${what} (${amount(value, unit)}) is below its own low (${amount(low, unit)})`,
          i,
          { field: "value" },
        ),
      );
    }
    // An open-ended top ("$743,000+") has no upper limit to check against.
    if (isNumber(high) && !p.highOpen && value > high) {
      issues.push(
        issue(
          "warning",
          "value-outside-range",
          `${what} (${amount(value, unit)}) is above its own high (${amount(high, unit)})`,
          i,
          { field: "value" },
        ),
      );
    }
  }
  return issues;
}

/** A bound as messages show it: "High ($250,000)". */
const boundText = (bound: Bound, n: number, unit: Unit) =>
  `${BOUND_NAME[bound]} (${amount(n, unit)})`;

function checkUnitBounds(p: DataPointCandidate, i: number): QualityIssue[] {
  const issues: QualityIssue[] = [];
  for (const bound of BOUNDS) {
    const n = p[bound];
    if (!isNumber(n)) continue;
    if (MONEY_UNITS.has(p.unit) && n < 0 && !SIGNED_MONEY_METRICS.has(norm(p.metric))) {
      issues.push(
        issue(
          "error",
          "negative-money",
          `${boundText(bound, n, p.unit)} is negative: an amount of money cannot be below $0`,
          i,
          { field: bound },
        ),
      );
    }
    if (p.unit === "percent" && (n < 0 || n > 100)) {
      issues.push(
        issue(
          "warning",
          "percent-out-of-range",
          `${boundText(bound, n, p.unit)} is ${n < 0 ? "below 0%" : "above 100%"}: a share is between 0% and 100% (use percent_change for growth or premiums)`,
          i,
          { field: bound },
        ),
      );
    }
    if (p.unit === "percent_change" && n < -100) {
      issues.push(
        issue(
          "warning",
          "percent-change-below-minus-100",
          `${boundText(bound, n, p.unit)} is below -100%: nothing can fall by more than all of it`,
          i,
          { field: bound },
        ),
      );
    }
  }
  return issues;
}

function checkDuplicates(
  points: readonly DataPointCandidate[],
  scopes: readonly string[],
): QualityIssue[] {
  const issues: QualityIssue[] = [];
  const keys = new Map<string, number>();
  const figures = new Map<string, number>();
  points.forEach((p, i) => {
    const key = norm(p.key);
    const firstWithKey = key ? keys.get(key) : undefined;
    if (firstWithKey !== undefined) {
      const first = points[firstWithKey];
      issues.push(
        issue(
          "error",
          "duplicate-key",
          `Key "${p.key.trim()}" is used twice: ${first?.label ? `"${first.label.trim()}"` : `row ${firstWithKey + 1}`} already has it`,
          i,
          { field: "key", relatedIndexes: [firstWithKey] },
        ),
      );
    } else if (key) {
      keys.set(key, i);
    }

    const identity = figureIdentity(p, scopes[i] as string);
    const firstSame = figures.get(identity);
    if (firstSame === undefined) {
      figures.set(identity, i);
    } else if (firstSame !== firstWithKey) {
      // (A row repeating both the key and the figure is reported once, as a duplicate key.)
      const first = points[firstSame];
      issues.push(
        issue(
          "warning",
          "duplicate-figure",
          `Same figure as ${first ? nameOf(first, firstSame) : `row ${firstSame + 1}`}: the same metric (${p.metric}), statistic (${p.statistic}), unit, dimensions and years`,
          i,
          { relatedIndexes: [firstSame] },
        ),
      );
    }
  });
  return issues;
}

function checkContext(
  points: readonly DataPointCandidate[],
  context: QualityContext,
): QualityIssue[] {
  const issues: QualityIssue[] = [];
  const asOf = context.datasetAsOf?.trim();
  if (!asOf) {
    issues.push(
      issue(
        "warning",
        "missing-as-of",
        "The dataset has no as-of date: readers cannot tell how current its figures are",
        null,
      ),
    );
  } else if (!isoDateSchema.safeParse(asOf).success) {
    issues.push(
      issue(
        "warning",
        "invalid-as-of",
        `The dataset's as-of date "${asOf}" is not a valid date: use a date like 2025-12-31`,
        null,
      ),
    );
  }
  if (!context.hasSource) {
    const unsourced = points.flatMap((p, i) => (p.document?.trim() ? [] : [i]));
    if (unsourced.length === points.length) {
      issues.push(
        issue(
          "warning",
          "missing-source",
          "The dataset has no source document or URL, and none of its figures names the document it was read from",
          null,
        ),
      );
    } else {
      for (const i of unsourced) {
        const p = points[i];
        if (!p) continue;
        issues.push(
          issue(
            "warning",
            "missing-source",
            `${nameOf(p, i)} names no source document, and the dataset has no source of its own`,
            i,
            { field: "document" },
          ),
        );
      }
    }
  }
  return issues;
}

interface Component {
  index: number;
  amount: number;
}

/**
 * The one amount a scope states for a money metric; undefined when it states none, null when
 * it states different amounts (then no total can be checked against it).
 */
function componentOf(
  points: readonly DataPointCandidate[],
  rows: readonly number[],
  metric: string,
): Component | null | undefined {
  let found: Component | undefined;
  for (const i of rows) {
    const p = points[i];
    if (!p || norm(p.metric) !== metric || !MONEY_UNITS.has(p.unit)) continue;
    if (!SINGLE_AMOUNT.has(p.statistic) || !isNumber(p.value)) continue;
    if (found && found.amount !== p.value) return null;
    found ??= { index: i, amount: p.value };
  }
  return found;
}

function vestingYearsOf(
  points: readonly DataPointCandidate[],
  rows: readonly number[],
): { years: number; index?: number } | null {
  let found: { years: number; index: number } | undefined;
  for (const i of rows) {
    const p = points[i];
    if (!p || norm(p.metric) !== "vesting_period" || !isNumber(p.value) || p.value <= 0) continue;
    if (found && found.years !== p.value) return null;
    found ??= { years: p.value, index: i };
  }
  return found ?? { years: DEFAULT_VESTING_YEARS };
}

/** Whether a stated total agrees with the computed one, and how the statement reads. */
function statedTotal(
  p: DataPointCandidate,
  computed: number,
): { agrees: boolean; stated: string; field: QualityField } | undefined {
  const options: CompareStatedOptions = { relativeTolerance: p.approximate ? 0.01 : 0 };
  const money = (n: number) => amount(n, p.unit);
  if (isNumber(p.value)) {
    if (p.statistic === "min") {
      const c = compareStated(p.value, computed, { ...options, direction: "at-least" });
      return { agrees: c.agrees, stated: `at least ${money(p.value)}`, field: "value" };
    }
    if (p.statistic === "max") {
      if (p.highOpen) return undefined;
      const c = compareStated(p.value, computed, { ...options, direction: "at-most" });
      return { agrees: c.agrees, stated: `at most ${money(p.value)}`, field: "value" };
    }
    const c = compareStated(p.value, computed, options);
    return { agrees: c.agrees, stated: money(p.value), field: "value" };
  }
  if (!isNumber(p.low) && !isNumber(p.high)) return undefined;
  const lowOk =
    !isNumber(p.low) ||
    compareStated(p.low, computed, { ...options, direction: "at-least" }).agrees;
  const highOk =
    !isNumber(p.high) ||
    p.highOpen ||
    compareStated(p.high, computed, { ...options, direction: "at-most" }).agrees;
  const stated =
    isNumber(p.low) && isNumber(p.high)
      ? `${money(p.low)}–${money(p.high)}${p.highOpen ? " or more" : ""}`
      : isNumber(p.low)
        ? `at least ${money(p.low)}`
        : `at most ${money(p.high as number)}`;
  return { agrees: lowOk && highOk, stated, field: !lowOk || !isNumber(p.high) ? "low" : "high" };
}

const TOTAL_METRICS: ReadonlySet<string> = new Set(["year1_cash", "annualized_total_comp"]);

function checkTotals(
  points: readonly DataPointCandidate[],
  scopeOfPoint: readonly string[],
): QualityIssue[] {
  const issues: QualityIssue[] = [];
  // Only scopes that state a total are grouped: a large import rarely has any.
  const scopes = new Map<string, number[]>();
  points.forEach((p, i) => {
    if (TOTAL_METRICS.has(norm(p.metric))) scopes.set(scopeOfPoint[i] as string, []);
  });
  if (scopes.size === 0) return issues;
  scopeOfPoint.forEach((scope, i) => {
    scopes.get(scope)?.push(i);
  });

  const report = (
    metric: string,
    title: string,
    rows: readonly number[],
    computed: number,
    breakdown: string,
    related: number[],
  ) => {
    for (const i of rows) {
      const p = points[i];
      if (!p || norm(p.metric) !== metric || !MONEY_UNITS.has(p.unit)) continue;
      const check = statedTotal(p, computed);
      if (!check || check.agrees) continue;
      issues.push(
        issue(
          "warning",
          "total-mismatch",
          `${title}: ${check.stated} stated vs ${usd.format(computed)} computed from its components (${breakdown})`,
          i,
          { field: check.field, relatedIndexes: related },
        ),
      );
    }
  };

  for (const rows of scopes.values()) {
    const base = componentOf(points, rows, "base_salary");
    if (!base) continue;
    const bonus = componentOf(points, rows, "target_bonus");
    if (!bonus) continue;
    const signing = componentOf(points, rows, "signing_bonus");
    if (!signing) continue;
    const cash = year1Cash({ base: base.amount, bonus: bonus.amount, signing: signing.amount });
    report(
      "year1_cash",
      "Year-1 cash",
      rows,
      cash,
      `${usd.format(base.amount)} base + ${usd.format(bonus.amount)} bonus + ${usd.format(signing.amount)} signing`,
      [base.index, bonus.index, signing.index],
    );

    const equity = componentOf(points, rows, "equity_grant");
    const vesting = vestingYearsOf(points, rows);
    if (!equity || !vesting) continue;
    const annualized = annualizedTotalComp({
      base: base.amount,
      bonus: bonus.amount,
      signing: signing.amount,
      equity: equity.amount,
      vestingYears: vesting.years,
    });
    report(
      "annualized_total_comp",
      "Annualized total comp",
      rows,
      annualized,
      `${usd.format(base.amount)} base + ${usd.format(bonus.amount)} bonus + (${usd.format(signing.amount)} signing + ${usd.format(equity.amount)} equity) ÷ ${plain.format(vesting.years)} years`,
      [
        base.index,
        bonus.index,
        signing.index,
        equity.index,
        ...(vesting.index === undefined ? [] : [vesting.index]),
      ],
    );
  }
  return issues;
}

/**
 * Checks a dataset's figures. Returns every issue found, dataset-wide ones (index null) first,
 * then by row. Rows are assumed to have passed `dataPointInputSchema` except where noted, but
 * nothing here throws on odd input.
 *
 * - low above high (error); a mean/median/typical value outside its own low–high (warning; an
 *   open-ended top is not checked);
 * - negative money in usd/usd_per_year (error), except for changes and differences
 *   (salary_change, take_home_difference, pay_premium), which can be negative;
 * - a share (percent) outside 0–100, a change (percent_change) below −100 (warnings);
 * - a duplicate key (error); the same figure twice: metric, statistic, unit, every dimension,
 *   year and base year equal, text compared case- and whitespace-insensitively (warning);
 * - with a context: no as-of date, or no source for the dataset nor for a row (warnings);
 * - a stated year-1 cash or annualized total comp that does not follow from the base salary,
 *   target bonus, signing bonus (and equity grant) stated for the same scope (warning):
 *   year-1 cash = base + bonus + signing; annualized = base + bonus + (signing + equity) / vesting
 *   years (a vesting_period figure in the scope, otherwise 4). A total agrees within the rounding
 *   of its stated figure (1% more when it is marked approximate).
 */
export function checkDataPoints(
  points: readonly DataPointCandidate[],
  context?: QualityContext,
): QualityIssue[] {
  // Both the duplicate and the totals rules group rows by scope: worked out once per row.
  const scopes = points.map(scopeIdentity);
  const issues: QualityIssue[] = [];
  points.forEach((p, i) => {
    for (const issue of checkRange(p, i)) issues.push(issue);
    for (const issue of checkUnitBounds(p, i)) issues.push(issue);
  });
  issues.push(
    ...checkDuplicates(points, scopes),
    ...(context ? checkContext(points, context) : []),
    ...checkTotals(points, scopes),
  );
  const order = (i: QualityIssue) => (i.index === null ? -1 : i.index);
  return issues.sort((a, b) => order(a) - order(b));
}

/** Whether any issue blocks saving. */
export function hasErrors(issues: readonly QualityIssue[]): boolean {
  return issues.some((i) => i.severity === "error");
}
