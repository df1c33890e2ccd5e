import { divideParts } from "./apportion";
import { formatMoney } from "./currency";
import type { Cents } from "./money";
import type { ScenarioResult } from "./scenario";

export type AnnualizedComponentKey =
  | "base"
  | "bonus"
  | "signing"
  | "equityInitialGrant"
  | "equityRefreshers"
  | "benefits";

export interface AnnualizedComponent {
  key: AnnualizedComponentKey;
  label: string;
  /** This component over the whole horizon. */
  totalCents: Cents;
  /** Its part of the annualized figure; the parts add up exactly to the annualized total. */
  annualizedCents: Cents;
  /** annualizedCents / annualized total (0–1), or null when the total is 0. */
  shareOfAnnualized: number | null;
  /** Whether it is paid every year (base, bonus) or not (one-off signing, vesting equity). */
  recurring: boolean;
}

export type AnnualizedCaveatKind =
  | "one_off_signing"
  | "uneven_years"
  | "equity_valuation"
  | "unvested_equity"
  | "signing_after_horizon"
  | "uncapped_match";

export interface AnnualizedCaveat {
  kind: AnnualizedCaveatKind;
  message: string;
}

export interface AnnualizedBreakdown {
  annualizedTotal: Cents;
  totalOverHorizon: Cents;
  horizonYears: number;
  components: AnnualizedComponent[];
  /** What the single annualized number hides, in plain words. */
  caveats: AnnualizedCaveat[];
}

/**
 * How a headline "annualized total comp" is assembled: each component's total over the
 * horizon and its part of the annualized figure (largest-remainder rounding, so the parts add
 * up to the headline exactly), plus the caveats the headline hides.
 */
export function describeAnnualized(result: ScenarioResult): AnnualizedBreakdown {
  const { totals, horizonYears: horizon } = result;
  const formatCents = (amount: Cents) => formatMoney(amount, result.currency);
  const parts: { key: AnnualizedComponentKey; label: string; total: Cents; recurring: boolean }[] =
    [
      { key: "base", label: "Base salary", total: totals.base, recurring: true },
      { key: "bonus", label: "Bonus (expected payout)", total: totals.bonus, recurring: true },
      { key: "signing", label: "Signing bonus", total: totals.signing, recurring: false },
      {
        key: "equityInitialGrant",
        label: "Initial equity grant (modelled value)",
        total: totals.equityFromInitialGrant,
        recurring: false,
      },
      {
        key: "equityRefreshers",
        label: "Refresher grants (modelled value)",
        total: totals.equityFromRefreshers,
        recurring: false,
      },
    ];
  // Listed only when some benefit counts, so scenarios without benefits read as before.
  if (totals.benefitsIncluded > 0) {
    parts.push({
      key: "benefits",
      label: "Benefits counted (401(k) match, ESPP, others)",
      total: totals.benefitsIncluded,
      recurring: true,
    });
  }
  const annualized = divideParts(
    parts.map((p) => p.total),
    horizon,
  );
  const components = parts.map((p, i): AnnualizedComponent => {
    const annualizedCents = annualized[i] ?? 0;
    return {
      key: p.key,
      label: p.label,
      totalCents: p.total,
      annualizedCents,
      shareOfAnnualized:
        result.annualizedTotal === 0 ? null : annualizedCents / result.annualizedTotal,
      recurring: p.recurring,
    };
  });

  const caveats: AnnualizedCaveat[] = [];
  const signing = components.find((c) => c.key === "signing");
  if (signing && signing.totalCents > 0 && horizon > 1) {
    caveats.push({
      kind: "one_off_signing",
      message: `The ${formatCents(signing.totalCents)} signing bonus is paid once, but adds ${formatCents(signing.annualizedCents)} to every year of the annualized figure.`,
    });
  }
  const sorted = [...result.years].sort((a, b) => a.total - b.total || a.year - b.year);
  const lowest = sorted[0];
  const highest = sorted[sorted.length - 1];
  if (lowest && highest && lowest.total !== highest.total) {
    caveats.push({
      kind: "uneven_years",
      message: `Yearly totals range from ${formatCents(lowest.total)} (year ${lowest.year}) to ${formatCents(highest.total)} (year ${highest.year}).`,
    });
  }
  if (totals.equity !== totals.equityAtGrantValue) {
    caveats.push({
      kind: "equity_valuation",
      message: `Vested equity is counted at its modelled value, ${formatCents(totals.equity)}; at its grant-date value it is ${formatCents(totals.equityAtGrantValue)}.`,
    });
  }
  if (result.unvestedEquityAtGrantValue > 0) {
    caveats.push({
      kind: "unvested_equity",
      message: `${formatCents(result.unvestedEquityAtGrantValue)} of granted equity (at grant-date value) is still unvested at the end of year ${horizon} and is not counted.`,
    });
  }
  if (result.signingAfterHorizon > 0) {
    caveats.push({
      kind: "signing_after_horizon",
      message: `${formatCents(result.signingAfterHorizon)} of the signing bonus is paid after year ${horizon} and is not counted.`,
    });
  }

  if (totals.retirementMatch > 0 && result.retirementDeferralLimitCents === null) {
    caveats.push({
      kind: "uncapped_match",
      message:
        "No IRS elective-deferral limit is on file for this offer, so the 401(k) match is not capped by it.",
    });
  }

  return {
    annualizedTotal: result.annualizedTotal,
    totalOverHorizon: result.totalOverHorizon,
    horizonYears: horizon,
    components,
    caveats,
  };
}
