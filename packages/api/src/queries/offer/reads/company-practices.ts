import type { Database } from "@aiml/db";
import { type CompanyPractice, formatAsOf } from "@aiml/domain";
import { publishedFigures } from "../../market/reads/cached-figures";

const practiceMetrics = {
  vesting_period: "vestingYears",
  vesting_cliff: "cliffYears",
  refresher_cadence: "refresherEveryYears",
  signing_split: "signingYears",
} as const;

/**
 * Each company's equity practices from the published figures that state them (a figure with
 * a company, one of the practice metrics and a value); admins manage them like any figure,
 * each with its source. Companies without such figures are absent.
 */
export async function companyPractices(db: Database): Promise<CompanyPractice[]> {
  const byCompany = new Map<string, CompanyPractice>();
  for (const figure of await publishedFigures(db)) {
    const field = practiceMetrics[figure.metric as keyof typeof practiceMetrics];
    if (!field || !figure.company || figure.value === null) continue;
    const practice = byCompany.get(figure.company) ?? {
      company: figure.company,
      vestingYears: null,
      cliffYears: null,
      refresherEveryYears: null,
      signingYears: null,
      sources: [],
    };
    practice[field] = figure.value;
    practice.sources.push({
      label: figure.label,
      publisher: figure.source.publisher,
      asOf: formatAsOf(figure.source.asOf, figure.source.asOfPrecision),
      quote: figure.quote,
    });
    byCompany.set(figure.company, practice);
  }
  return [...byCompany.values()].sort((a, b) => a.company.localeCompare(b.company));
}
