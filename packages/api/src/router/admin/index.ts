import { createTRPCRouter } from "../../trpc";
import { adminAuditRouter } from "./audit";
import { adminBreaksRouter } from "./breaks";
import { adminDatasetsRouter } from "./datasets";
import { adminDraftsRouter } from "./drafts";
import { adminImportRouter } from "./import";
import { adminMetricsRouter } from "./metrics";
import { adminObservationsRouter } from "./observations";
import { adminUsersRouter } from "./users";
import { adminVersionsRouter } from "./versions";

/** Everything under /admin; every procedure is an adminProcedure (role re-read per call). */
export const adminRouter = createTRPCRouter({
  audit: adminAuditRouter,
  breaks: adminBreaksRouter,
  datasets: adminDatasetsRouter,
  drafts: adminDraftsRouter,
  import: adminImportRouter,
  metrics: adminMetricsRouter,
  observations: adminObservationsRouter,
  users: adminUsersRouter,
  versions: adminVersionsRouter,
});
