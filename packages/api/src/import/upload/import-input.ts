import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from "@aiml/domain";
import { z } from "zod";
import { note } from "../../router/admin/inputs";
import { id, revision } from "../../router/inputs";

/** Chosen by the client for one preview or commit, to ask how far it has got. */
export const progressId = z
  .string()
  .regex(/^[\w-]{16,64}$/, "A progress id is 16 to 64 letters, digits, _ or -");

/**
 * What comes with an upload besides its bytes. The upload route reads these from its query
 * string, where every value is text: numbers are coerced, then held to the same bounds.
 */
const uploadFields = {
  fileName: z.string().trim().min(1).max(255).optional(),
  progressId: progressId.optional(),
};

export const previewParams = z.object(uploadFields);

export const commitParams = z.object({
  ...uploadFields,
  draftId: id,
  revision: z.union([
    revision,
    z
      .string()
      .regex(/^\d{1,10}$/, "A revision is a whole number")
      .transform(Number)
      .pipe(revision),
  ]),
  note,
});

/** The file's bytes as uploaded (the raw body of the upload route). */
const content = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.length <= MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE);

/** A preview's input: the dataset, the upload's parameters and the file. */
export const previewInput = previewParams.extend({ datasetId: id, content });
/** A commit's input: the draft at the revision the admin saw, and the file. */
export const commitInput = commitParams.extend({ datasetId: id, content });

export type PreviewInput = z.output<typeof previewInput>;
export type CommitInput = z.output<typeof commitInput>;
