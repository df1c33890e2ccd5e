import { TRPCError } from "@trpc/server";
import { getServerCaller } from "~/server/caller";

export const dynamic = "force-dynamic";

/** Everything the app holds about the signed-in user, as a JSON download. */
export async function GET(request: Request) {
  try {
    const caller = await getServerCaller(request.headers);
    const data = await caller.account.exportData();
    const day = data.exportedAt.slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="aiml-account-${day}.json"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") {
      return Response.json({ error: error.message }, { status: 401 });
    }
    throw error;
  }
}
