import { formatFigure } from "@aiml/domain";
import Link from "next/link";
import { getRequestCaller } from "~/server/caller";
import { SourceChip } from "./source-chip";

/** Rendered on the server: the figures arrive in the HTML and ship no client code. */
export async function HeadlineFigures() {
  const data = await (await getRequestCaller()).market.overview();
  return (
    <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {data.headlines.map((headline) => (
        <li
          key={headline.id}
          data-testid={`headline-${headline.id}`}
          className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
        >
          <h2 className="text-sm font-medium text-slate-600 dark:text-slate-400">
            <Link href={headline.href} className="underline-offset-2 hover:underline">
              {headline.title}
              <span aria-hidden="true"> →</span>
            </Link>
          </h2>
          {headline.figure ? (
            <>
              <p className="text-3xl font-semibold tabular-nums">{formatFigure(headline.figure)}</p>
              {headline.companion && (
                <p className="text-sm text-slate-700 dark:text-slate-300">
                  {headline.companion.label}: {formatFigure(headline.companion)}
                </p>
              )}
              <div className="mt-auto pt-2">
                <SourceChip source={headline.figure.source} />
              </div>
            </>
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Not published: no dataset currently provides this figure.
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
