"use client";

import { formatAsOf } from "@aiml/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "~/trpc/react";
import { muted } from "../ui/styles";
import { DatasetForm } from "./dataset-form";
import { formatWhen, isHttpUrl, plural } from "./format";

/** The dataset's title and summary, kept current as the sections below change it. */
export function DatasetHeader({ datasetId }: { datasetId: string }) {
  const trpc = useTRPC();
  const { data: dataset } = useSuspenseQuery(
    trpc.admin.datasets.get.queryOptions({ id: datasetId }),
  );
  const { metadata, published, draft } = dataset;
  return (
    <header className="mb-6">
      <p className="mb-2 text-sm">
        <Link href="/admin" className="underline">
          ← All datasets
        </Link>
      </p>
      <h1 className="text-2xl font-bold tracking-tight break-words sm:text-3xl">
        {metadata.title}
      </h1>
      <p className={`mt-1 text-sm ${muted}`}>
        {metadata.publisher} · as of {formatAsOf(metadata.asOf, metadata.asOfPrecision)} ·{" "}
        <span className="font-mono">{metadata.slug}</span>
      </p>
      <p className="mt-2 text-sm" data-testid="dataset-summary">
        {published
          ? `Published: version ${published.number}, ${plural(published.dataPointCount, "data point")}, ${formatWhen(published.publishedAt)}.`
          : "Not published yet."}{" "}
        {draft ? `Draft version ${draft.number} is open.` : "No draft is open."}{" "}
        {published && (
          <Link
            href={`/sources?dataset=${encodeURIComponent(metadata.slug)}#${metadata.slug}`}
            className="underline"
          >
            See it on the sources page
          </Link>
        )}
        {metadata.sourceUrl && (
          <>
            {" · Source: "}
            {isHttpUrl(metadata.sourceUrl) ? (
              <a
                href={metadata.sourceUrl}
                rel="noopener noreferrer nofollow"
                className="break-all underline"
              >
                {metadata.sourceUrl}
              </a>
            ) : (
              <span className="break-all">{metadata.sourceUrl}</span>
            )}
          </>
        )}
      </p>
    </header>
  );
}

/** The metadata form, fed from the dataset query. */
export function DatasetDetails({ datasetId }: { datasetId: string }) {
  const trpc = useTRPC();
  const { data: dataset } = useSuspenseQuery(
    trpc.admin.datasets.get.queryOptions({ id: datasetId }),
  );
  return <DatasetForm mode={{ kind: "edit", id: dataset.id, metadata: dataset.metadata }} />;
}
