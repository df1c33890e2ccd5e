import type { RouterOutputs } from "@aiml/api";

/** The open draft as `admin.drafts.get` serves it: its summary, quality checks and one page of rows. */
export type OpenDraft = NonNullable<RouterOutputs["admin"]["drafts"]["get"]["draft"]>;

/** An open-data draft holds observations (browsed and imported), not editable figures. */
export const isOpenData = (draft: OpenDraft) => draft.observationCount != null;

/** The rows saved in the draft: its observations for open data, else its figures. */
export const savedRowCount = (draft: OpenDraft) => draft.observationCount ?? draft.totalRows;
