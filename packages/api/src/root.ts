import { accountRouter } from "./router/account";
import { adminRouter } from "./router/admin";
import { marketRouter } from "./router/market";
import { offerRouter } from "./router/offer";
import { openDataRouter } from "./router/open-data";
import { scenarioRouter } from "./router/scenario";
import { systemRouter } from "./router/system";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  admin: adminRouter,
  market: marketRouter,
  offer: offerRouter,
  openData: openDataRouter,
  scenario: scenarioRouter,
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
