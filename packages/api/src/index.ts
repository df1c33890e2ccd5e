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
export { MAX_BATCH_SIZE, MAX_TRPC_BODY_BYTES, trpcEndpoint } from "./http/endpoint";
export { type BodyTimeouts, readBodyBytes } from "./http/read-body-bytes";
export { admitUpload, UPLOAD_TIMEOUTS, type UploadGateOptions } from "./http/upload-gate";
export { commitParams, previewParams, progressId } from "./import";
export { openDataDiffCsv, openDataVersionCsv } from "./queries/admin/open-data/reads/open-data-csv";
export { publishedFigures, refreshPublishedFigures } from "./queries/market/reads/cached-figures";
export {
  findPublishedFigures,
  findPublishedFiguresByRef,
} from "./queries/market/reads/published-figures";
export * from "./queries/open-data/reads";
export { ADMIN_NEEDS_TWO_FACTOR, type ProcedureMeta } from "./trpc";
export { type AppRouter, appRouter };

/** Calls procedures directly on the server (tests, scripts). */
export const createCaller = createCallerFactory(appRouter);

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
