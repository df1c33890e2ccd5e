import { TRPCError } from "@trpc/server";

const statusOf: Partial<Record<TRPCError["code"], number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
};

/** A user mistake from the API as a 4xx JSON answer; anything else is rethrown (a 500). */
export function errorResponse(error: unknown): Response {
  if (!(error instanceof TRPCError)) throw error;
  const status = statusOf[error.code];
  if (!status) throw error;
  return Response.json({ error: error.message }, { status });
}

export function csvResponse(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
