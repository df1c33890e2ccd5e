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
export { authRoute, MAX_AUTH_BODY_BYTES } from "./http/auth-route";
export { cappedBody } from "./http/body-cap";
export { MAX_BATCH_SIZE, MAX_TRPC_BODY_BYTES, trpcEndpoint } from "./http/endpoint";
export { guardedRoute, type RouteGuards } from "./http/guarded-route";
export {
  type PublicReadLimiter,
  publicReadLimiter,
  publicReadsLimited,
  tooManyReads,
} from "./http/public-read-limit";
export { readBodyBytes } from "./http/read-body-bytes";
export { crossSiteRefusal } from "./http/same-origin";
export { sharedResponseKey, sharedResponses } from "./http/shared-responses";
export { signOutRoute } from "./http/sign-out-route";
export { admitUpload, UPLOAD_TIMEOUTS, type UploadGateOptions } from "./http/upload-gate";
export { verifyEmailRoute } from "./http/verify-email-route";
export * from "./queries/open-data";
export { MAX_UPLOAD_BYTES, progressId } from "./router/admin/import";
export { ADMIN_NEEDS_TWO_FACTOR } from "./trpc";
export { type AppRouter, appRouter };

/** Calls procedures directly on the server (tests, scripts). */
export const createCaller = createCallerFactory(appRouter);

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
