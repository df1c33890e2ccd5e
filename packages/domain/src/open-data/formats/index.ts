import { beaRppStates, fxAnnualUsd } from "./bea-fx";
import { blsEmploymentProjections, blsOewsNational, blsOewsState } from "./bls";
import type { OpenDataCsvFormat } from "./format";
import { indeedPostingsUs, indeedPostingsUsSectors, indeedPostingsUsStates } from "./indeed";
import { type OpenDataLongFormat, openDataLong } from "./long";

export type * from "./format";
export {
  longDimensionColumns,
  longStatisticColumns,
  type OpenDataLongFormat,
  openDataLong,
} from "./long";

/** A dataset's own layout (columns named in code) or the generic long layout. */
export type OpenDataFormat = OpenDataCsvFormat | OpenDataLongFormat;

/** Every CSV layout open data can be seeded and imported in, by id (`Dataset.importFormat`). */
export const openDataFormats: Record<string, OpenDataFormat> = Object.fromEntries(
  [
    indeedPostingsUs,
    indeedPostingsUsStates,
    indeedPostingsUsSectors,
    blsOewsNational,
    blsOewsState,
    blsEmploymentProjections,
    beaRppStates,
    fxAnnualUsd,
    openDataLong,
  ].map((format) => [format.id, format]),
);
