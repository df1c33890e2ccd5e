import { marketRouter } from "./router/market";
import { systemRouter } from "./router/system";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  market: marketRouter,
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
