import { admitUpload } from "@aiml/api";
import { getDb } from "@aiml/db";
import { z } from "zod";
import { allowedOrigins } from "~/server/app-origins";
import { getSessionFromHeaders } from "~/server/auth";
import { getServerCaller } from "~/server/caller";
import { crossSiteRefusal } from "~/serving/routes/same-origin";
import { errorResponse } from "./error-response";

type Caller = Awaited<ReturnType<typeof getServerCaller>>;
type Upload = { datasetId: string; content: Uint8Array<ArrayBuffer> };

/**
 * A POST route whose body is a dataset's CSV file as it is (so the browser can report upload
 * progress) and whose other inputs are query parameters checked by `query`. Admins only, and
 * checked from the headers before the body is read (admitUpload); the procedure `call` checks
 * again, as every procedure does.
 */
export function uploadRoute<Query extends z.ZodType<Record<string, unknown>>>(
  query: Query,
  call: (caller: Caller, input: z.output<Query> & Upload) => Promise<unknown>,
) {
  return async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
    const refusal = crossSiteRefusal(request, allowedOrigins());
    if (refusal) return refusal;
    const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) {
      return Response.json(
        { error: z.prettifyError(parsed.error) },
        { status: 400, headers: { connection: "close" } },
      );
    }
    try {
      const content = await admitUpload(request, {
        db: getDb(),
        getSession: getSessionFromHeaders,
      });
      if (content instanceof Response) return content;
      const caller = await getServerCaller(request.headers);
      const { id } = await params;
      // The buffer moves to the worker thread that checks the file.
      return Response.json(await call(caller, { ...parsed.data, datasetId: id, content }));
    } catch (error) {
      return errorResponse(error);
    }
  };
}
