import type { DataPointInput } from "@aiml/domain";
import { AppError } from "../../../errors";
import type { Tx } from "../transaction";
import { type LastEdit, lastEditOf } from "./last-edit";
import { loadPointsByKey } from "./version-points";

/** At most this many rows are shown side by side in a conflict. */
const MAX_CONFLICT_ROWS = 100;

/** What the editor needs to show an admin whose save lost a race: what the draft holds now. */
export interface DraftConflict {
  draftId: string;
  /** The revision the rejected save was based on. */
  baseRevision: number;
  /** The draft's revision now; null when it is no longer a draft. */
  currentRevision: number | null;
  state: "edited" | "published" | "discarded";
  lastEdit: LastEdit | null;
  /** For each row the rejected save touched: the admin's version and the draft's current one (null: absent). */
  rows: { key: string; yours: DataPointInput | null; current: DataPointInput | null }[];
}

/** A CONFLICT whose `details` carry the data to show what changed. */
export class DraftConflictError extends AppError {
  constructor(
    message: string,
    override readonly details: DraftConflict,
  ) {
    super("CONFLICT", message);
  }
}

const when = (edit: LastEdit | null) =>
  edit
    ? ` by ${edit.by ?? "someone"} at ${edit.at.toISOString().slice(0, 16).replace("T", " ")} UTC`
    : "";

const notDone = {
  save: "Your changes were not saved",
  import: "The file was not imported",
  publish: "Nothing was published",
  discard: "Nothing was discarded",
} as const;

const nextStep = {
  save: "review the current rows and apply them again",
  import: "review the draft and import the file again",
  publish: "review the draft and publish it again",
  discard: "review the draft and discard it again",
} as const;

/**
 * Builds the conflict for a write to a draft that was based on `baseRevision` but found the
 * draft changed, published or discarded. `yours` is the rows the write would have set.
 */
export async function draftConflict(
  tx: Tx,
  params: {
    draftId: string;
    baseRevision: number;
    /** What the write was: the message says it was not done. */
    attempted: keyof typeof notDone;
    yours: ReadonlyMap<string, DataPointInput | null>;
  },
): Promise<DraftConflictError> {
  const version = await tx.datasetVersion.findUnique({
    where: { id: params.draftId },
    select: { status: true, revision: true, number: true },
  });
  const lastEdit = await lastEditOf(tx, params.draftId);
  const state = !version ? "discarded" : version.status === "draft" ? "edited" : "published";
  const keys = [...params.yours.keys()].slice(0, MAX_CONFLICT_ROWS);
  const current = state === "edited" ? await loadPointsByKey(tx, params.draftId, keys) : new Map();
  const conflict: DraftConflict = {
    draftId: params.draftId,
    baseRevision: params.baseRevision,
    currentRevision: state === "edited" ? (version?.revision ?? null) : null,
    state,
    lastEdit,
    rows: keys.map((key) => ({
      key,
      yours: params.yours.get(key) ?? null,
      current: current.get(key) ?? null,
    })),
  };
  const outcome = notDone[params.attempted];
  const message =
    state === "edited"
      ? `This draft was changed${when(lastEdit)} (now revision ${version?.revision}; your page showed revision ${params.baseRevision}). ${outcome}: ${nextStep[params.attempted]}.`
      : state === "published"
        ? `This draft was published${when(lastEdit)} as version ${version?.number}. ${outcome}: start a new draft to change the data.`
        : `This draft was discarded${when(lastEdit)}. ${outcome}: start a new draft to change the data.`;
  return new DraftConflictError(message, conflict);
}
