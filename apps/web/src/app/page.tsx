import { HeadlineFigures } from "~/components/headline-figures";

export const dynamic = "force-dynamic";

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
      <HeadlineFigures />
    </>
  );
}
