"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useReducer, useState, useTransition } from "react";
import { useTRPC } from "~/trpc/react";
import { DRAFT_PAGE_SIZE } from "../page-sizes";
import { changeSetReducer, changeCount as countChanges, emptyChangeSet } from "./change-set";
import { isOpenData } from "./draft-data";
import { type Report, ReportView, type ReportViewProps } from "./draft-report";
import { DraftSummary } from "./draft-summary";
import { FigureEditor } from "./figure-editor";
import { NoDraft } from "./no-draft";
import { OpenDataSections } from "./open-data-sections";
import { PublishSection } from "./publish-section";
import { useDraftMutations } from "./use-draft-mutations";
import { useLeaveWarning } from "./use-leave-warning";

/**
 * The dataset's draft: start one, edit its rows (kept here until saved, sent as one change set
 * with the revision they were made against), save, publish or discard. A save that lost a race
 * is shown side by side, never applied over the other admin's work.
 */
export function DraftPanel({ datasetId }: { datasetId: string }) {
  const trpc = useTRPC();
  const [offset, setOffset] = useState(0);
  const [paging, startPaging] = useTransition();
  const { data } = useSuspenseQuery(
    trpc.admin.drafts.get.queryOptions({ datasetId, offset, limit: DRAFT_PAGE_SIZE }),
  );
  const { data: dataset } = useSuspenseQuery(
    trpc.admin.datasets.get.queryOptions({ id: datasetId }),
  );
  const [changes, dispatch] = useReducer(changeSetReducer, emptyChangeSet);
  const [report, setReport] = useState<Report | null>(null);
  const [saveNote, setSaveNote] = useState("");
  const [publishNote, setPublishNote] = useState("");

  const draft = data.draft;
  const changeCount = countChanges(changes);
  useLeaveWarning(changeCount > 0);

  const mutations = useDraftMutations({
    report: setReport,
    onSaved: () => {
      dispatch({ type: "clear" });
      setSaveNote("");
    },
    onPublished: () => {
      setPublishNote("");
      setOffset(0);
    },
    onDiscarded: () => {
      dispatch({ type: "clear" });
      setOffset(0);
    },
  });

  const reload = async () => {
    dispatch({ type: "clear" });
    await mutations.reload();
    setReport((r) => (r?.kind === "conflict" ? { ...r, reloaded: true } : r));
  };
  const reportView: ReportViewProps = {
    report,
    onReload: reload,
    reloading: mutations.reloading,
    onDismiss: () => setReport(null),
  };

  if (!draft) {
    return (
      <NoDraft
        dataset={dataset}
        busy={mutations.busy}
        starting={mutations.start.isPending}
        onStart={() => mutations.start.mutate({ datasetId })}
        report={reportView}
      />
    );
  }

  return (
    <div className="grid grid-cols-1 gap-4" data-testid="draft-panel">
      <DraftSummary draft={draft} />
      {isOpenData(draft) ? (
        <>
          <OpenDataSections datasetId={datasetId} draft={draft} />
          {/* A failed publish or discard of an open-data draft says why here. */}
          <ReportView {...reportView} />
        </>
      ) : (
        <FigureEditor
          datasetId={datasetId}
          draft={draft}
          changes={changes}
          dispatch={dispatch}
          report={reportView}
          setReport={setReport}
          offset={offset}
          paging={paging}
          onPage={(next) => startPaging(() => setOffset(next))}
          mutations={mutations}
          saveNote={saveNote}
          onSaveNote={setSaveNote}
        />
      )}
      <PublishSection
        datasetId={datasetId}
        datasetTitle={data.dataset.title}
        publishedNumber={dataset.published?.number}
        draft={draft}
        changeCount={changeCount}
        mutations={mutations}
        note={publishNote}
        onNote={setPublishNote}
        onConfirmed={() => setReport(null)}
      />
    </div>
  );
}
