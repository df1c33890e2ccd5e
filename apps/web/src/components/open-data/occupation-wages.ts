import type { DistributionResult } from "@aiml/api";
import { type OccupationId, trackedOccupation } from "@aiml/domain";
import type { Caller } from "./open-chart";

export const OEWS = { dataset: "bls-oews-national-tech-wages", metric: "annual_wage" } as const;

export interface LineagePoint {
  socCode: string;
  point: DistributionResult["points"][number];
}

/**
 * An occupation's national wage percentiles over every SOC code it had, oldest first, and the
 * breaks between codes (each a definitional change the charts show).
 */
export async function readOccupationWages(caller: Caller, id: OccupationId | undefined) {
  const occupation = trackedOccupation(id);
  const parts = await Promise.all(
    occupation.socCodes.map(async (socCode: string) => ({
      socCode,
      d: await caller.openData.distribution({ ...OEWS, socCode }),
    })),
  );
  const found = parts.flatMap((p) => (p.d ? [{ socCode: p.socCode, d: p.d }] : []));
  const [firstPart] = found;
  if (!firstPart) return null;
  const points: LineagePoint[] = found.flatMap((p) =>
    p.d.points.map((point) => ({ socCode: p.socCode, point })),
  );
  points.sort((a, b) => a.point.period.localeCompare(b.point.period));
  // A break wherever the code changes, described by the source's own record when it has one.
  const breaks: { at: string; description: string }[] = [];
  for (let i = 1; i < points.length; i++) {
    const before = points[i - 1];
    const here = points[i];
    if (!before || !here || before.socCode === here.socCode) continue;
    const recorded = found
      .flatMap((p) => p.d.breaks)
      .find((b) => b.at === here.point.period && b.toCodes.includes(here.socCode));
    breaks.push({
      at: here.point.period,
      description:
        recorded?.description ??
        `${here.point.period.slice(0, 4)}: the occupation code changed from ${before.socCode} to ${here.socCode}.`,
    });
  }
  return { occupation, points, breaks, source: firstPart.d.source, unit: firstPart.d.unit };
}
