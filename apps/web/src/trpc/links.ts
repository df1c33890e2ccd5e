import type { AppRouter } from "@aiml/api";
import { httpBatchStreamLink, loggerLink, type TRPCLink } from "@trpc/client";
import SuperJSON from "superjson";
import { isDevelopment } from "~/env";

/** How the browser reaches the API: shared by the React Query client and plain callers. */
export function browserLinks(): TRPCLink<AppRouter>[] {
  return [
    loggerLink({
      enabled: (op) => isDevelopment || (op.direction === "down" && op.result instanceof Error),
    }),
    httpBatchStreamLink({
      transformer: SuperJSON,
      url: "/api/trpc",
      // The server refuses larger batches (MAX_BATCH_SIZE in @aiml/api, not imported here: that
      // module would bring the server's router into the browser bundle).
      maxItems: 20,
      headers: () => ({ "x-trpc-source": "nextjs-react" }),
    }),
  ];
}
