import { beaRppStates, fxAnnualUsd } from "./bea-fx";
import { blsEmploymentProjections, blsOewsNational, blsOewsState } from "./bls";
import type { OpenDataCsvFormat } from "./format";
import { indeedPostingsUs, indeedPostingsUsSectors, indeedPostingsUsStates } from "./indeed";

export type * from "./format";

/** Every CSV layout open data can be seeded and imported in, by id (`Dataset.importFormat`). */
export const openDataFormats: Record<string, OpenDataCsvFormat> = Object.fromEntries(
  [
    indeedPostingsUs,
    indeedPostingsUsStates,
    indeedPostingsUsSectors,
    blsOewsNational,
    blsOewsState,
    blsEmploymentProjections,
    beaRppStates,
    fxAnnualUsd,
  ].map((format) => [format.id, format]),
);
