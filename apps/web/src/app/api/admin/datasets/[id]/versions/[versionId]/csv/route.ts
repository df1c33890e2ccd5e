import { openDataVersionCsv } from "@aiml/api";
import { getDb } from "@aiml/db";
import { getServerCaller } from "~/server/caller";
import { csvResponse, errorResponse } from "../../../../../_lib/error-response";
import { csvStreamResponse } from "../../../../../_lib/stream-response";

export const dynamic = "force-dynamic";

/**
 * One version's rows as CSV, in a layout an import reads back: article figures in the figure
 * import's, open data in the long layout streamed from Postgres with its licence notes. Admins
 * only (the API checks, before a row is read).
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string; versionId: string }> },
) {
  const { id, versionId } = await params;
  try {
    const caller = await getServerCaller(request.headers);
    const ref = { datasetId: id, versionId };
    const plan = await caller.admin.observations.exportPlan(ref);
    if (plan) return csvStreamResponse(openDataVersionCsv(getDb(), plan), plan.filename);
    const { csv, filename } = await caller.admin.versions.exportCsv(ref);
    return csvResponse(csv, filename);
  } catch (error) {
    return errorResponse(error);
  }
}
