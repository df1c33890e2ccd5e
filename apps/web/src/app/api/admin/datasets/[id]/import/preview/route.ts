import { previewParams } from "@aiml/api";
import { uploadRoute } from "../../../../_lib/upload-route";

export const dynamic = "force-dynamic";

/** Checks a CSV file for import into the dataset's draft, writing nothing. Answers what
 * `admin.import.preview` returns. */
export const POST = uploadRoute(previewParams, (caller, input) =>
  caller.admin.import.preview(input),
);
