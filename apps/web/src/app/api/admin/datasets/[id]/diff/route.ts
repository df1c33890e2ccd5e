import { openDataDiffCsv } from "@aiml/api";
import { getDb } from "@aiml/db";
import { z } from "zod";
import { getServerCaller } from "~/server/caller";
import { errorResponse } from "../../../_lib/error-response";
import { csvStreamResponse } from "../../../_lib/stream-response";

export const dynamic = "force-dynamic";

const query = z.object({
  from: z.string().trim().min(1).max(64),
  to: z.string().trim().min(1).max(64),
});

/**
 * The observations added, removed or changed from version `from` to version `to` of an
 * open-data dataset, as CSV streamed from Postgres. Admins only (the API checks first).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success)
    return Response.json({ error: z.prettifyError(parsed.error) }, { status: 400 });
  const { id } = await params;
  try {
    const caller = await getServerCaller(request.headers);
    const plan = await caller.admin.observations.diffExportPlan({
      datasetId: id,
      fromVersionId: parsed.data.from,
      toVersionId: parsed.data.to,
    });
    return csvStreamResponse(openDataDiffCsv(getDb(), plan), plan.filename);
  } catch (error) {
    return errorResponse(error);
  }
}
