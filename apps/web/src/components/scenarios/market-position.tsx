"use client";

import { formatCents } from "@aiml/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { OfficialPlacement } from "../calculator/official-placement";
import { describeFigure } from "../charts/describe-figure";
import { SourceChip } from "../source-chip";

const positionWords = {
  below: "Below the range",
  within: "Within the range",
  above: "Above the range",
} as const;

/** Where the saved scenario's pay falls against the published benchmarks it matches. */
export function MarketPosition({ id }: { id: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.scenario.marketPosition.queryOptions({ id }));
  return (
    <section aria-labelledby="market-heading" className="mt-10" data-testid="market-position">
      <h2 id="market-heading" className="text-lg font-semibold">
        Against the market
      </h2>
      <OfficialPlacement official={data.official} />
      <h3 className="mt-4 text-base font-semibold">Against the article benchmarks</h3>
      {data.comparisons.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          Choose a company, level or location that the benchmarks cover to see where this offer
          falls.
        </p>
      ) : (
        <ul className="mt-3 grid gap-3 md:grid-cols-2">
          {data.comparisons.map((c) => {
            const verdict = c.position.aboveStatedTop
              ? "Above the stated top, which is open-ended: within the range or above it"
              : positionWords[c.position.position];
            return (
              <li
                key={`${c.figure.id}-${c.compared}`}
                className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800"
              >
                <p className="font-medium">{c.figure.label}</p>
                <p className="text-slate-700 dark:text-slate-300">
                  Benchmark: {describeFigure(c.figure)}. Your{" "}
                  {c.compared === "base" ? "year-1 base" : "annualized total comp"}:{" "}
                  {formatCents(c.amountCents)}.
                </p>
                <p className="mt-1 font-semibold">
                  {verdict}
                  {c.position.fraction !== null &&
                    ` (${Math.round(c.position.fraction * 100)}% of the way from its low to its high)`}
                </p>
                <div className="mt-2">
                  <SourceChip source={c.figure.source} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
