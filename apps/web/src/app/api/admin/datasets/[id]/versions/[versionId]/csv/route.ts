import { getServerCaller } from "~/server/caller";
import { csvResponse, errorResponse } from "../../../../../_lib/error-response";

export const dynamic = "force-dynamic";

/** One version's rows as CSV, in the format an import reads back. Admins only (the API checks). */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string; versionId: string }> },
) {
  const { id, versionId } = await params;
  try {
    const caller = await getServerCaller(request.headers);
    const { csv, filename } = await caller.admin.versions.exportCsv({ datasetId: id, versionId });
    return csvResponse(csv, filename);
  } catch (error) {
    return errorResponse(error);
  }
}
