import { type FigureSource, formatAsOf } from "@aiml/domain";
import Link from "next/link";

export function SourceChip({ source }: { source: FigureSource }) {
  const asOf = formatAsOf(source.asOf, source.asOfPrecision);
  return (
    <Link
      href={`/sources#${source.datasetSlug}`}
      className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 dark:bg-slate-800 dark:text-slate-200"
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
