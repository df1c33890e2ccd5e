import { getServerCaller } from "~/server/caller";
import { csvResponse, errorResponse } from "../_lib/error-response";

export const dynamic = "force-dynamic";

/** The CSV import template: the header and one example row. Admins only (the API checks). */
export async function GET(request: Request) {
  try {
    const caller = await getServerCaller(request.headers);
    const { csv, filename } = await caller.admin.import.template();
    return csvResponse(csv, filename);
  } catch (error) {
    return errorResponse(error);
  }
}
