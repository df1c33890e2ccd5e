import { z } from "zod";
import type { Session } from "../../context";
import type { Actor } from "../../queries/admin/writes/audit";

export { id, revision } from "../inputs";

/** Input pieces shared by the admin routers. */
export const note = z.string().trim().min(1).max(500).optional();

/** Who an admin write is recorded against. */
export const actorOf = (session: Session): Actor => ({
  id: session.user.id,
  email: session.user.email,
});
