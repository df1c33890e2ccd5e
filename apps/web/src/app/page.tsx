import type { Metadata } from "next";
import { HeadlineFigures } from "~/components/headline-figures";
import { OverviewDashboard } from "~/components/open-data/overview-dashboard";
import { pageMetadata } from "~/components/page-metadata";

export const dynamic = "force-dynamic";
export const metadata: Metadata = pageMetadata(
  null,
  "Pay, demand and growth in the AI/ML job market at a glance: job postings, wages, projections and where the jobs are, each figure with its source.",
);

export default function OverviewPage() {
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
        The AI/ML job market at a glance
      </h1>
      <p className="mt-2 max-w-2xl text-slate-600 dark:text-slate-400">
        Headline figures from published salary benchmarks and labour-market reports. Each one names
        its source and the date it describes.
      </p>
      <OverviewDashboard />
      <h2 className="mt-10 text-xl font-semibold">From the articles</h2>
      <HeadlineFigures />
    </>
  );
}
