import { muted } from "../../ui/styles";
import { IssueList } from "../issue-list";
import type { OpenDraft } from "./draft-data";

/** What the quality checks found in the saved draft; a flagged row can be opened from its issue. */
export function QualityChecks({
  draft,
  canEdit,
  onEdit,
}: {
  draft: OpenDraft;
  canEdit: (key: string) => boolean;
  onEdit: (key: string) => void;
}) {
  return (
    <section aria-labelledby="draft-checks-heading">
      <h3 id="draft-checks-heading" className="text-base font-semibold">
        Quality checks of the saved draft
      </h3>
      {draft.issues.length === 0 ? (
        <p className={`text-sm ${muted}`}>The checks found nothing to report.</p>
      ) : (
        <IssueList
          label="Quality checks of the saved draft"
          issues={draft.issues}
          errorCount={draft.errorCount}
          warningCount={draft.warningCount}
          truncated={draft.truncated}
          canEdit={canEdit}
          onEdit={onEdit}
        />
      )}
    </section>
  );
}
