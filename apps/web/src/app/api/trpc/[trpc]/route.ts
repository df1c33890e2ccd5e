import { trpcEndpoint } from "@aiml/api";
import { logger } from "@aiml/logger";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext } from "~/server/context";

export const dynamic = "force-dynamic";

function handler(req: Request) {
  return fetchRequestHandler({
    ...trpcEndpoint,
    req,
    createContext: () => createContext(req.headers),
    onError({ error, path, ctx }) {
      if (error.code === "INTERNAL_SERVER_ERROR") {
        (ctx?.log ?? logger).error(
          { event: "trpc.error", procedure: path ?? null, err: error.cause ?? error },
          "procedure failed",
        );
      }
    },
  });
}

export { handler as GET, handler as POST };
