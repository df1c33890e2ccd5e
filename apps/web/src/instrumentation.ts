import type { Instrumentation } from "next";

/**
 * Once per server process: one JSON log line per request (see @aiml/logger/request-log), and the
 * kept pages offered to the app's own server (serving/server.ts) before Next routes a request.
 */
export async function register() {
  // biome-ignore lint/style/noProcessEnv: Next writes NEXT_RUNTIME into each bundle; read here, the check drops the Node-only imports from the edge bundle.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ logger, requestLineLogger }, { installRequestLogging }, { installFrontDoor }] =
    await Promise.all([
      import("@aiml/logger"),
      import("@aiml/logger/request-log"),
      import("./serving/shared-pages"),
    ]);
  installRequestLogging(requestLineLogger);
  // A deployment without an SMTP server stops here rather than losing password-reset mails.
  (await import("@aiml/auth")).checkMailAtStartUp(logger);
  installFrontDoor();
}

/** Server errors as JSON lines with their request id (Next prints them too). */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  // biome-ignore lint/style/noProcessEnv: Next writes NEXT_RUNTIME into each bundle; read here, the check drops the Node-only imports from the edge bundle.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger, saneRequestId } = await import("@aiml/logger");
  const requestId = request.headers["x-request-id"];
  logger.error(
    {
      event: "request.error",
      err: error,
      requestId: saneRequestId(Array.isArray(requestId) ? requestId[0] : requestId),
      method: request.method,
      path: request.path.split("?", 1)[0],
      routePath: context.routePath,
      routeType: context.routeType,
    },
    "request failed",
  );
};
