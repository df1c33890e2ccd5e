import { progressId } from "@aiml/api";
import { z } from "zod";
import { uploadRoute } from "../../../../_lib/upload-route";

export const dynamic = "force-dynamic";

/**
 * Replaces the draft's rows with the CSV file's, all or nothing, if the draft is still at
 * `revision`. Answers what `admin.import.commit` returns; a draft changed meanwhile is a 409.
 */
export const POST = uploadRoute(
  z.object({
    draftId: z.string().trim().min(1).max(64),
    revision: z.coerce.number().int().min(0),
    fileName: z.string().trim().min(1).max(255).optional(),
    note: z.string().trim().min(1).max(500).optional(),
    progressId: progressId.optional(),
  }),
  (caller, input) => caller.admin.import.commit(input),
);
