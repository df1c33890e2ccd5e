import { TRPCError } from "@trpc/server";
import { getServerCaller } from "~/server/caller";

export const dynamic = "force-dynamic";

const statusOf: Partial<Record<TRPCError["code"], number>> = {
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
};

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const caller = await getServerCaller(request.headers);
    const { csv, filename } = await caller.scenario.exportCsv({ id });
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
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
