import { progressId } from "@aiml/api";
import { z } from "zod";
import { getServerCaller } from "~/server/caller";
import { errorResponse } from "../../../../_lib/error-response";
import { readUpload } from "../../../../_lib/read-upload";

export const dynamic = "force-dynamic";

const params = z.object({
  draftId: z.string().trim().min(1).max(64),
  revision: z.coerce.number().int().min(0),
  fileName: z.string().trim().min(1).max(255).optional(),
  note: z.string().trim().min(1).max(500).optional(),
  progressId: progressId.optional(),
});

/**
 * Replaces the draft's rows with the CSV file's, all or nothing, if the draft is still at
 * `revision`: the body is the file as it is. Admins only (the API checks). Answers what
 * `admin.import.commit` returns; a draft changed meanwhile is a 409.
 */
export async function POST(
  request: Request,
  { params: path }: { params: Promise<{ id: string }> },
) {
  const query = params.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success)
    return Response.json({ error: z.prettifyError(query.error) }, { status: 400 });
  try {
    const caller = await getServerCaller(request.headers);
    const content = await readUpload(request);
    if (content instanceof Response) return content;
    const { id } = await path;
    return Response.json(
      await caller.admin.import.commit({ ...query.data, datasetId: id, content }),
    );
  } catch (error) {
    return errorResponse(error);
  }
}
