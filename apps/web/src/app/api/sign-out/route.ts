import { getAuth } from "~/server/auth";

export const dynamic = "force-dynamic";

/** Ends the session on the server, clears its cookie and goes back to the overview. */
export async function POST(request: Request) {
  const result = await getAuth().api.signOut({ headers: request.headers, asResponse: true });
  const response = new Response(null, { status: 303, headers: { Location: "/" } });
  for (const cookie of result.headers.getSetCookie()) response.headers.append("set-cookie", cookie);
  return response;
}
