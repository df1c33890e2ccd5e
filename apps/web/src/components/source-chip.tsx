import { type FigureSource, formatAsOf } from "@aiml/domain";
import Link from "next/link";

export function SourceChip({ source }: { source: FigureSource }) {
  const asOf = formatAsOf(source.asOf, source.asOfPrecision);
  return (
    <Link
      href={`/sources?dataset=${encodeURIComponent(source.datasetSlug)}#${source.datasetSlug}`}
      // A page can carry dozens of chips: fetching each one's page ahead would cost every visit.
      prefetch={false}
      className="source-chip"
      title={
        source.documentTitle
          ? `${source.datasetTitle}, as reported in “${source.documentTitle}”`
          : source.datasetTitle
      }
    >
      <span className="sr-only">Source:</span>
      <span data-testid="source-publisher">{source.publisher}</span>
      <span aria-hidden="true">·</span>
      <span>
        <span className="sr-only">as of </span>
        {asOf}
      </span>
    </Link>
  );
}
