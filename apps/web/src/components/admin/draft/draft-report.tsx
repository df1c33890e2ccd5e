"use client";

import type { DataIssue } from "@aiml/domain";
import { StatusBox } from "../../ui/status-box";
import { alertBox } from "../../ui/styles";
import { asDraftConflict, ConflictView, type DraftConflictDetails } from "../conflict-view";
import { IssueList } from "../issue-list";
import { apiProblem } from "../trpc-error";

interface IssueSummary {
  issues: DataIssue[];
  errorCount: number;
  warningCount: number;
  truncated: boolean;
}

/** What the last action on the draft came to, shown under the editing bar. */
export type Report =
  | ({ kind: "saved"; message: string } & IssueSummary)
  | ({ kind: "invalid" } & IssueSummary)
  | { kind: "error"; message: string }
  | { kind: "info"; message: string }
  | {
      kind: "conflict";
      message: string;
      details: DraftConflictDetails | null;
      reloaded: boolean;
    };

/** A failed call as a report: a lost race shows both versions, anything else its message. */
export function failureReport(error: unknown): Report {
  const problem = apiProblem(error);
  return problem.code === "CONFLICT"
    ? {
        kind: "conflict",
        message: problem.message,
        details: asDraftConflict(problem.details),
        reloaded: false,
      }
    : { kind: "error", message: problem.message };
}

/** The last report and what its buttons do (reload after a conflict, dismiss). */
export interface ReportViewProps {
  report: Report | null;
  onReload: () => void;
  reloading: boolean;
  onDismiss: () => void;
}

export function ReportView({
  report,
  onReload,
  reloading,
  onDismiss,
  canEdit,
  onEdit,
}: ReportViewProps & {
  canEdit?: (key: string) => boolean;
  onEdit?: (key: string) => void;
}) {
  if (!report) return null;
  switch (report.kind) {
    case "conflict":
      return (
        <ConflictView
          message={report.message}
          details={report.details}
          onReload={onReload}
          reloading={reloading}
          reloaded={report.reloaded}
          onDismiss={onDismiss}
        />
      );
    case "error":
      return <StatusBox status={report} testId="draft-status" />;
    case "info":
      return <StatusBox status={{ kind: "ok", message: report.message }} testId="draft-status" />;
    case "saved":
      return (
        <div className="grid grid-cols-1 gap-2">
          <StatusBox status={{ kind: "ok", message: report.message }} testId="draft-status" />
          <IssueList
            label="Warnings about the saved rows"
            {...report}
            canEdit={canEdit}
            onEdit={onEdit}
          />
        </div>
      );
    case "invalid":
      return (
        <div className={`${alertBox} grid grid-cols-1 gap-2`}>
          <p role="alert" data-testid="draft-status" className="font-medium">
            Not saved: fix the errors below. Your changes are kept on this page.
          </p>
          <div className="rounded bg-white p-2 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
            <IssueList
              label="Problems that stopped the save"
              {...report}
              canEdit={canEdit}
              onEdit={onEdit}
            />
          </div>
        </div>
      );
  }
}
