import { adminRouter } from "./router/admin";
import { marketRouter } from "./router/market";
import { openDataRouter } from "./router/open-data";
import { scenarioRouter } from "./router/scenario";
import { systemRouter } from "./router/system";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  admin: adminRouter,
  market: marketRouter,
  openData: openDataRouter,
  scenario: scenarioRouter,
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
