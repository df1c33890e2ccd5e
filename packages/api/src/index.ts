import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { type AppRouter, appRouter } from "./root";
import { createCallerFactory } from "./trpc";

export { renderBriefPdf } from "./brief/brief-pdf";
export {
  type Context,
  createInnerContext,
  createTRPCContext,
  type Session,
  type SessionUser,
} from "./context";
export { AppError, DATABASE_UNAVAILABLE_MESSAGE, databaseUnavailable } from "./errors";
export { MAX_BATCH_SIZE, trpcEndpoint } from "./http/endpoint";
export { readBodyBytes } from "./http/read-body-bytes";
export { sharedResponseKey, sharedResponses } from "./http/shared-responses";
export * from "./queries/open-data";
export { MAX_UPLOAD_BYTES, progressId } from "./router/admin/import";
export { type AppRouter, appRouter };

/** Calls procedures directly on the server (tests, scripts). */
export const createCaller = createCallerFactory(appRouter);

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
