import { appRouter } from "../root";

/**
 * The most calls one batched HTTP request may carry. The calls of a batch run at once, so an
 * unbounded batch lets a single request take every database connection and fail with 500s.
 * The client's batch link must send no more (`maxItems`).
 */
export const MAX_BATCH_SIZE = 20;

/** The fetch adapter's options for the app's /api/trpc route (and the tests that stand in for it). */
export const trpcEndpoint = {
  endpoint: "/api/trpc",
  router: appRouter,
  maxBatchSize: MAX_BATCH_SIZE,
} as const;

/**
 * The largest tRPC request body: a draft save of 1,000 rows is about 0.5 MB, 4 MB with every
 * note and quote at its 2,000-character limit. Bodies past it get a 413 before they are parsed.
 */
export const MAX_TRPC_BODY_BYTES = 4 * 1024 * 1024;
