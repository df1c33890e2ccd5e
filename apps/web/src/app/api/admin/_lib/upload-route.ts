import { z } from "zod";
import { getServerCaller } from "~/server/caller";
import { errorResponse } from "./error-response";
import { readUpload } from "./read-upload";

type Caller = Awaited<ReturnType<typeof getServerCaller>>;
type Upload = { datasetId: string; content: Uint8Array<ArrayBuffer> };

/**
 * A POST route whose body is a dataset's CSV file as it is (so the browser can report upload
 * progress) and whose other inputs are query parameters checked by `query`. Admins only: the
 * procedure `call` makes checks that for real.
 */
export function uploadRoute<Query extends z.ZodType<Record<string, unknown>>>(
  query: Query,
  call: (caller: Caller, input: z.output<Query> & Upload) => Promise<unknown>,
) {
  return async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
    const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success)
      return Response.json({ error: z.prettifyError(parsed.error) }, { status: 400 });
    try {
      const caller = await getServerCaller(request.headers);
      const content = await readUpload(request);
      if (content instanceof Response) return content;
      const { id } = await params;
      return Response.json(await call(caller, { ...parsed.data, datasetId: id, content }));
    } catch (error) {
      return errorResponse(error);
    }
  };
}
