import { TRPCError } from "@trpc/server";
import { getRequestCaller } from "~/server/caller";
import { formatPeriod } from "./open-chart";

/** What an open dataset covers: each metric's first and last period and its observations. */
export async function DatasetCoverage({ slug }: { slug: string }) {
  const caller = await getRequestCaller();
  const data = await caller.openData.dimensions({ dataset: slug }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!data) return <>—</>;
  return (
    <ul className="space-y-0.5">
      {data.metrics.map((m) => (
        <li key={m.metric}>
          <code className="text-xs">{m.metric}</code>: {formatPeriod(m.first, m.precision)} to{" "}
          {formatPeriod(m.last, m.precision)}, {m.observations.toLocaleString("en-US")} observations
        </li>
      ))}
    </ul>
  );
}
