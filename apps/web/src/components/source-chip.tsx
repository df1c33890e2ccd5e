import { type FigureSource, formatAsOf } from "@aiml/domain";

export function SourceChip({ source }: { source: FigureSource }) {
  const asOf = formatAsOf(source.asOf, source.asOfPrecision);
  return (
    <span
      className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300"
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
    </span>
  );
}
