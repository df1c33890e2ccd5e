import { getAuth } from "~/server/auth";

export const dynamic = "force-dynamic";

const back = (status: "verified" | "invalid") =>
  new Response(null, { status: 303, headers: { Location: `/verify-email?status=${status}` } });

/** The form on /verify-email: checks the mailed token and marks the address as confirmed. */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const token = form?.get("token");
  if (typeof token !== "string" || token === "" || token.length > 2000) return back("invalid");
  try {
    await getAuth().api.verifyEmail({ query: { token }, headers: request.headers });
    return back("verified");
  } catch (error) {
    // Better Auth's refusals (an expired or forged token) carry a status; anything else is ours.
    if (error instanceof Error && "statusCode" in error) return back("invalid");
    throw error;
  }
}
