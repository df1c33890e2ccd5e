import { commitParams } from "@aiml/api";
import { uploadRoute } from "../../../../_lib/upload-route";

export const dynamic = "force-dynamic";

/**
 * Replaces the draft's rows with the CSV file's, all or nothing, if the draft is still at
 * `revision`. Answers what `admin.import.commit` returns; a draft changed meanwhile is a 409.
 */
export const POST = uploadRoute(commitParams, (caller, input) => caller.admin.import.commit(input));
