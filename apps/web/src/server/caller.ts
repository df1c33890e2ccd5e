import "server-only";
import { createCaller } from "@aiml/api";
import { headers } from "next/headers";
import { cache } from "react";
import { createContext } from "./context";

/** Calls procedures in-process, with the request's session. */
export async function getServerCaller(requestHeaders: Headers) {
  return createCaller(await createContext(requestHeaders));
}

/**
 * The current request's caller, for server components that render data themselves (no client
 * cache to hydrate, so no React Query code is shipped for them).
 */
export const getRequestCaller = cache(async () => getServerCaller(new Headers(await headers())));
