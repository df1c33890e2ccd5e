import { accountRouter } from "./router/account";
import { adminRouter } from "./router/admin";
import { marketRouter } from "./router/market";
import { scenarioRouter } from "./router/scenario";
import { systemRouter } from "./router/system";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  admin: adminRouter,
  market: marketRouter,
  scenario: scenarioRouter,
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
