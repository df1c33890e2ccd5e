import { renderBriefPdf } from "@aiml/api";
import { TRPCError } from "@trpc/server";
import { getServerCaller } from "~/server/caller";

export const dynamic = "force-dynamic";

const statusOf: Partial<Record<TRPCError["code"], number>> = {
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
};

/** The owner's one-page negotiation brief as a PDF, generated on the server. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const caller = await getServerCaller(request.headers);
    const { brief, filename } = await caller.scenario.brief({ id });
    const pdf = await renderBriefPdf(brief);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const status = statusOf[error.code];
    if (!status) throw error;
    return Response.json({ error: error.message }, { status });
  }
}
