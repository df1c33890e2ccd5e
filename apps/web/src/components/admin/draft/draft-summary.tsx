import { muted } from "../../ui/styles";
import { formatWhen } from "../format";
import { isOpenData, type OpenDraft, savedRowCount } from "./draft-data";

/** Which version the draft is, who started and last edited it, and how many rows it holds. */
export function DraftSummary({ draft }: { draft: OpenDraft }) {
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
      <dt className={muted}>Draft</dt>
      <dd>
        Version {draft.number}
        {draft.basedOnVersionNumber !== null && `, based on version ${draft.basedOnVersionNumber}`}{" "}
        (revision {draft.revision})
      </dd>
      <dt className={muted}>Started</dt>
      <dd>
        {draft.createdBy ?? "Command line"}, {formatWhen(draft.createdAt)}
      </dd>
      <dt className={muted}>Last edited</dt>
      <dd>
        {draft.lastEditedBy ?? "—"}, {formatWhen(draft.lastEditedAt)}
      </dd>
      {isOpenData(draft) ? (
        <>
          <dt className={muted}>Series</dt>
          <dd>{(draft.seriesCount ?? 0).toLocaleString("en-US")}</dd>
          <dt className={muted}>Observations</dt>
          <dd data-testid="draft-row-count">{savedRowCount(draft).toLocaleString("en-US")}</dd>
        </>
      ) : (
        <>
          <dt className={muted}>Rows</dt>
          <dd data-testid="draft-row-count">{draft.totalRows.toLocaleString("en-US")}</dd>
        </>
      )}
    </dl>
  );
}
