import type { OpenDataSource } from "@aiml/api";
import Link from "next/link";

const asOf = (s: OpenDataSource) =>
  s.asOfPrecision === "year"
    ? s.asOf.slice(0, 4)
    : new Date(`${s.asOf}T00:00:00Z`).toLocaleDateString("en-US", {
        ...(s.asOfPrecision === "day" ? { day: "numeric" } : {}),
        month: "short",
        year: "numeric",
        timeZone: "UTC",
      });

/**
 * The source chip of an open dataset with its licence and the attribution it asks for (Indeed
 * Hiring Lab's data is CC BY 4.0: credited wherever it is shown).
 */
export function SourceCredit({ source }: { source: OpenDataSource }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <Link
        href={`/sources?dataset=${encodeURIComponent(source.datasetSlug)}#${source.datasetSlug}`}
        prefetch={false}
        className="source-chip"
        title={source.title}
      >
        <span className="sr-only">Source:</span>
        <span data-testid="source-publisher">{source.publisher}</span>
        <span aria-hidden="true">·</span>
        <span>
          <span className="sr-only">as of </span>
          {asOf(source)}
        </span>
      </Link>
      {source.licenceName && (
        <span className="text-xs text-slate-600 dark:text-slate-400" data-testid="licence">
          {source.attribution ?? `Source: ${source.publisher}`}
          {", "}
          {source.licenceUrl ? (
            <a href={source.licenceUrl} className="underline underline-offset-2" rel="license">
              {source.licenceName}
            </a>
          ) : (
            source.licenceName
          )}
        </span>
      )}
    </span>
  );
}
