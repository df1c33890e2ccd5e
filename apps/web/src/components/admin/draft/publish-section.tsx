"use client";

import { Button } from "../../ui/button";
import { muted } from "../../ui/styles";
import { plural } from "../format";
import { NoteInput } from "../note-input";
import { type OpenDraft, savedRowCount } from "./draft-data";
import type { DraftMutations } from "./use-draft-mutations";

/**
 * Publish the saved draft (once nothing is unsaved and it has a row) or discard it, each after a
 * confirmation that says what is replaced or lost.
 */
export function PublishSection({
  datasetId,
  datasetTitle,
  publishedNumber,
  draft,
  changeCount,
  mutations: { busy, publish, discard },
  note,
  onNote,
  onConfirmed,
}: {
  datasetId: string;
  datasetTitle: string;
  /** The version the public pages show, if any. */
  publishedNumber: number | undefined;
  draft: OpenDraft;
  changeCount: number;
  mutations: DraftMutations;
  note: string;
  onNote: (note: string) => void;
  /** Runs once the admin confirmed, before the call (the last report no longer applies). */
  onConfirmed: () => void;
}) {
  const savedRows = savedRowCount(draft);
  const current = { datasetId, draftId: draft.id, revision: draft.revision };

  const publishDraft = () => {
    const replaces =
      publishedNumber !== undefined
        ? `It replaces version ${publishedNumber} on the public pages at once.`
        : "It becomes public at once.";
    if (!window.confirm(`Publish draft version ${draft.number} of “${datasetTitle}”? ${replaces}`))
      return;
    onConfirmed();
    publish.mutate({ ...current, note: note.trim() || undefined });
  };
  const discardDraft = () => {
    const lost =
      changeCount > 0 ? ` Your ${plural(changeCount, "unsaved change")} will be lost too.` : "";
    if (
      !window.confirm(
        `Discard draft version ${draft.number} and every change saved in it? This cannot be undone.${lost}`,
      )
    )
      return;
    onConfirmed();
    discard.mutate(current);
  };

  return (
    <section
      aria-labelledby="publish-heading"
      className="grid grid-cols-1 gap-3 border-t border-slate-200 pt-4 dark:border-slate-800"
    >
      <h3 id="publish-heading" className="text-base font-semibold">
        Publish or discard
      </h3>
      <div className="flex flex-wrap items-end gap-3">
        <NoteInput label="Publish note (optional)" value={note} onChange={onNote} />
        <Button
          variant="primary"
          disabled={busy || changeCount > 0 || savedRows === 0}
          onClick={publishDraft}
        >
          {publish.isPending ? "Publishing…" : `Publish version ${draft.number}`}
        </Button>
        <Button variant="danger" disabled={busy} onClick={discardDraft}>
          {discard.isPending ? "Discarding…" : "Discard draft"}
        </Button>
      </div>
      {changeCount > 0 && (
        <p className={`text-sm ${muted}`}>Save or undo your changes before publishing.</p>
      )}
      {savedRows === 0 && (
        <p className={`text-sm ${muted}`}>A draft needs at least one saved row to be published.</p>
      )}
    </section>
  );
}
