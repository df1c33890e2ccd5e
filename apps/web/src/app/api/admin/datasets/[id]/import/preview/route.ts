import { progressId } from "@aiml/api";
import { z } from "zod";
import { uploadRoute } from "../../../../_lib/upload-route";

export const dynamic = "force-dynamic";

/** Checks a CSV file for import into the dataset's draft, writing nothing. Answers what
 * `admin.import.preview` returns. */
export const POST = uploadRoute(
  z.object({
    fileName: z.string().trim().min(1).max(255).optional(),
    progressId: progressId.optional(),
  }),
  (caller, input) => caller.admin.import.preview(input),
);
