import { progressId } from "@aiml/api";
import { z } from "zod";
import { getServerCaller } from "~/server/caller";
import { errorResponse } from "../../../../_lib/error-response";
import { readUpload } from "../../../../_lib/read-upload";

export const dynamic = "force-dynamic";

const params = z.object({
  fileName: z.string().trim().min(1).max(255).optional(),
  progressId: progressId.optional(),
});

/**
 * Checks a CSV file for import into the dataset's draft, writing nothing: the body is the file
 * as it is, so the browser can report upload progress. Admins only (the API checks). Answers
 * what `admin.import.preview` returns.
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
      await caller.admin.import.preview({ ...query.data, datasetId: id, content }),
    );
  } catch (error) {
    return errorResponse(error);
  }
}
