import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getSessionFromHeaders } from "./auth";

/** The signed-in user of the current request (once per request), or null. */
export const getSession = cache(async () => getSessionFromHeaders(await headers()));

/** For pages of the signed-in area: redirects to sign-in, coming back to `next` afterwards. */
export async function requireSession(next: string) {
  const session = await getSession();
  if (!session) redirect(`/sign-in?next=${encodeURIComponent(next)}`);
  return session;
}
