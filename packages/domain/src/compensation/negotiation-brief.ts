import { usStates } from "./cost-of-living";
import { formatMoney } from "./currency";
import { equityRiskPresetInfo } from "./equity-risk-presets";
import { dollarsToCents } from "./money";
import {
  formatPercentile,
  type OfficialWages,
  type PercentilePlacement,
} from "./official-percentiles";
import type { RangePosition } from "./position";
import type { ScenarioResult } from "./scenario";
import type { ScenarioInputs } from "./schemas";

/** Where a cited figure comes from. */
export interface BriefCitation {
  publisher: string;
  title: string;
  /** As the source states it ("2024", "2025-02-20"). */
  asOf: string;
  licence: string | null;
  attribution: string | null;
}

export interface BriefInput {
  inputs: ScenarioInputs;
  result: ScenarioResult;
  /** yyyy-mm-dd */
  generatedOn: string;
  /** Official percentiles for the scenario's occupation and area, or why there are none. */
  official:
    | {
        wages: OfficialWages;
        placement: PercentilePlacement;
        /** The year-1 base in US cents as compared (converted when the offer is not in USD). */
        baseUsdCents: number;
        /** How the base was converted, when it was. */
        conversion: string | null;
        citation: BriefCitation;
      }
    | { missing: string };
  benchmarks: {
    label: string;
    compared: "base" | "total";
    amountCents: number;
    position: RangePosition;
    citation: BriefCitation;
  }[];
  /** The year-1 base at US-average prices, when the scenario names a state. */
  costOfLiving:
    | {
        state: keyof typeof usStates;
        year: number;
        rpp: number;
        baseCents: number;
        equivalentCents: number;
        citation: BriefCitation;
      }
    | { missing: string }
    | null;
}

export interface BriefSection {
  heading: string;
  paragraphs: string[];
  table?: { header: string[]; rows: string[][] };
  citations?: string[];
}

export interface NegotiationBrief {
  title: string;
  subtitle: string;
  sections: BriefSection[];
}

const usd = (cents: number) => formatMoney(cents, "USD");

/** An attribution as publishers word it ("Source: U.S. Bureau…"), without the leading word. */
export function creditOf(c: { attribution: string | null; publisher: string }): string {
  return (c.attribution ?? c.publisher).replace(/^source:\s*/i, "");
}

export function citationLine(c: BriefCitation): string {
  return `Source: ${creditOf(c)}, "${c.title}", as of ${c.asOf}${c.licence ? `; licence: ${c.licence}` : ""}.`;
}

function areaName(area: string): string {
  return area === "US" ? "the United States" : (usStates[area as keyof typeof usStates] ?? area);
}

function officialSection(official: BriefInput["official"]): BriefSection {
  const heading = "Market position (official wage percentiles)";
  if ("missing" in official) return { heading, paragraphs: [official.missing] };
  const { wages, placement, baseUsdCents, conversion, citation } = official;
  if (!placement.ok)
    return { heading, paragraphs: [placement.message], citations: [citationLine(citation)] };
  const who = `${wages.occupationTitle} (SOC ${wages.socCode}) in ${areaName(wages.area)}, May ${wages.year}`;
  const employment =
    wages.employment === null
      ? ""
      : ` BLS counts ${wages.employment.toLocaleString("en-US")} jobs behind these figures.`;
  const where =
    placement.percentile !== null
      ? `Your year-1 base of ${usd(baseUsdCents)} is at about the ${formatPercentile(placement.percentile)} percentile of ${who}.`
      : placement.position === "below_lowest"
        ? `Your year-1 base of ${usd(baseUsdCents)} is below the 10th percentile (${usd(placement.upper?.cents ?? 0)}) of ${who}.`
        : placement.position === "top_coded"
          ? `Your year-1 base of ${usd(baseUsdCents)} is above the highest published percentile (${usd(placement.lower?.cents ?? 0)}) of ${who}.`
          : `Your year-1 base of ${usd(baseUsdCents)} is above the 90th percentile (${usd(placement.lower?.cents ?? 0)}) of ${who}.`;
  const gap =
    placement.gapToP75Cents === null
      ? "BLS publishes no 75th percentile here."
      : placement.gapToP75Cents > 0
        ? `The 75th percentile is ${usd(baseUsdCents + placement.gapToP75Cents)}: ${usd(placement.gapToP75Cents)} more than your base.`
        : `Your base is at or above the 75th percentile (${usd(dollarsToCents(wages.p75 ?? 0))}).`;
  const rows = (["p10", "p25", "p50", "p75", "p90"] as const).map((k) => [
    `${k.replace("p", "")}th`,
    wages[k] === null
      ? wages.topCoded.includes(k)
        ? "not published (top-coded)"
        : "not published"
      : usd(dollarsToCents(wages[k])),
  ]);
  const paragraphs = [
    where,
    gap,
    `OEWS wages are base pay: they exclude bonuses, equity and other incentive pay, so only the base is compared.${employment}`,
  ];
  if (conversion) paragraphs.push(conversion);
  if (placement.topCodedCaveat) paragraphs.push(placement.topCodedCaveat);
  return {
    heading,
    paragraphs,
    table: { header: ["Percentile", "Annual wage"], rows },
    citations: [citationLine(citation)],
  };
}

function benchmarkSection(input: BriefInput): BriefSection {
  const heading = "Against the article benchmarks";
  if (input.result.currency !== "USD") {
    return {
      heading,
      paragraphs: [
        "The article benchmarks are in US dollars; this offer is not, so it is not held against them.",
      ],
    };
  }
  if (input.benchmarks.length === 0) {
    return {
      heading,
      paragraphs: ["No published benchmark matches this scenario's company, level or location."],
    };
  }
  const paragraphs = input.benchmarks.map((b) => {
    const what = b.compared === "base" ? "year-1 base" : "annualized total comp";
    const p = b.position;
    const range = `${usd(p.lowCents)}–${p.highCents === null ? "" : usd(p.highCents)}${p.highOpen ? " or more" : ""}`;
    const verdict =
      p.position === "below"
        ? `${usd(p.beyondBoundCents)} below its low end`
        : p.position === "above"
          ? `${usd(p.beyondBoundCents)} above its top`
          : p.highCents !== null && b.amountCents < p.highCents
            ? `within it, ${usd(p.highCents - b.amountCents)} short of its top`
            : "at or above its stated top";
    return `${b.label} (${range}): your ${what} of ${usd(b.amountCents)} is ${verdict}.`;
  });
  const citations = [...new Set(input.benchmarks.map((b) => citationLine(b.citation)))];
  return { heading, paragraphs, citations };
}

function costOfLivingSection(
  col: NonNullable<BriefInput["costOfLiving"]>,
  currency: ScenarioResult["currency"],
): BriefSection {
  const heading = "Cost of living";
  if ("missing" in col) return { heading, paragraphs: [col.missing] };
  const money = (cents: number) => formatMoney(cents, currency);
  return {
    heading,
    paragraphs: [
      `A base of ${money(col.baseCents)} in ${usStates[col.state]} buys what ${money(col.equivalentCents)} buys at US-average prices, by the ${col.year} regional price parity of ${usStates[col.state]} (${col.rpp}; US = 100).`,
    ],
    citations: [citationLine(col.citation)],
  };
}

function riskSection(input: BriefInput): BriefSection | null {
  const { result, inputs } = input;
  if (!result.bands || !inputs.equityRisk) return null;
  const risk = inputs.equityRisk;
  const money = (cents: number) => formatMoney(cents, result.currency);
  const preset =
    risk.preset === "custom"
      ? "your own figures"
      : `the ${equityRiskPresetInfo[risk.preset].label} preset`;
  return {
    heading: "Equity risk band",
    paragraphs: [
      `With ${preset} (expected yearly growth ${risk.growthPercent}%, yearly volatility ${risk.volatilityPercent}%), each year's total lies between its 10th and 90th percentile below; the model values each vested portion at grant value x exp((mu - sigma^2/2)t + sigma*sqrt(t)*Z).`,
    ],
    table: {
      header: ["Year", "Total p10", "Total p50", "Total p90"],
      rows: result.bands.map((b) => [
        String(b.year),
        money(b.total.p10),
        money(b.total.p50),
        money(b.total.p90),
      ]),
    },
  };
}

/**
 * The one-page negotiation brief of a saved scenario: every sentence is built from the
 * computed scenario and the cited data passed in.
 */
export function negotiationBrief(input: BriefInput): NegotiationBrief {
  const { inputs, result } = input;
  const money = (cents: number) => formatMoney(cents, result.currency);
  const context = [inputs.company, inputs.level, inputs.location].filter(Boolean).join(", ");
  const hasBenefits = result.totals.benefitsIncluded > 0;
  const offer: BriefSection = {
    heading: "The offer, year by year",
    paragraphs: [
      `Annualized over ${result.horizonYears} years: ${money(result.annualizedTotal)}; year-1 cash ${money(result.year1Cash)}; total ${money(result.totalOverHorizon)}.`,
    ],
    table: {
      header: [
        "Year",
        "Base",
        "Bonus",
        "Signing",
        "Equity",
        ...(hasBenefits ? ["Benefits"] : []),
        "Total",
      ],
      rows: result.years.map((y) => [
        String(y.year),
        money(y.base),
        money(y.bonus),
        money(y.signing),
        money(y.equity),
        ...(hasBenefits ? [money(y.benefitsIncluded)] : []),
        money(y.total),
      ]),
    },
  };
  if (result.unvestedEquityAtGrantValue > 0) {
    offer.paragraphs.push(
      `${money(result.unvestedEquityAtGrantValue)} of granted equity is still unvested after year ${result.horizonYears} and is not counted.`,
    );
  }
  const sections: BriefSection[] = [
    offer,
    officialSection(input.official),
    benchmarkSection(input),
  ];
  if (input.costOfLiving) sections.push(costOfLivingSection(input.costOfLiving, result.currency));
  const risk = riskSection(input);
  if (risk) sections.push(risk);
  return {
    title: `Negotiation brief: ${inputs.name}`,
    subtitle: `${context ? `${context}. ` : ""}Figures in ${result.currency}. Prepared ${input.generatedOn}.`,
    sections,
  };
}
