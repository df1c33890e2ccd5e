import { MAX_TRPC_BODY_BYTES, trpcEndpoint } from "@aiml/api";
import { getDb } from "@aiml/db";
import { logger } from "@aiml/logger";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { allowedOrigins } from "~/server/app-origins";
import { createContext } from "~/server/context";
import { publicReads } from "~/server/public-reads";
import { guardedRoute } from "~/serving/routes/guarded-route";
import { publicReadsLimited } from "~/serving/routes/public-read-limit";
import { sharedResponses } from "~/serving/routes/shared-responses";

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

const handler = guardedRoute(
  { allowedOrigins, maxBodyBytes: MAX_TRPC_BODY_BYTES },
  publicReadsLimited(publicReads, sharedResponses(getDb, trpcHandler)),
);

export { handler as GET, handler as POST };
