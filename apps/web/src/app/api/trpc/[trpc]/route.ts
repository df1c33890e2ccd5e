import { sharedResponses, trpcEndpoint } from "@aiml/api";
import { getDb } from "@aiml/db";
import { logger } from "@aiml/logger";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext } from "~/server/context";

export const dynamic = "force-dynamic";

function trpcHandler(req: Request) {
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

const handler = sharedResponses(getDb, trpcHandler);

export { handler as GET, handler as POST };
