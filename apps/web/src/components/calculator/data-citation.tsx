import { creditOf } from "@aiml/domain";

/** Where an open-data figure comes from, as the open-data read API describes its dataset. */
export interface DataCitation {
  datasetSlug: string;
  title: string;
  publisher: string;
  asOf: string;
  licenceName: string | null;
  attribution: string | null;
  version: number;
}

/** "Source: U.S. Bureau of Economic Analysis, Regional Price Parities (published version 1); licence: Public domain." */
export function Citation({ source }: { source: DataCitation }) {
  return (
    <p className="mt-1 text-xs text-slate-600 dark:text-slate-400" data-testid="citation">
      Source:{" "}
      <a
        href={`/sources?dataset=${encodeURIComponent(source.datasetSlug)}#${source.datasetSlug}`}
        className="underline"
      >
        {creditOf(source)}
      </a>
      , “{source.title}”, as of {source.asOf}
      {source.licenceName ? `; licence: ${source.licenceName}` : ""}.
    </p>
  );
}
