import { countIssues, type DataIssue } from "@aiml/domain";

/** At most this many issues go back to the UI; the counts always cover all of them. */
export const MAX_ISSUES_RETURNED = 500;

export interface IssueReport {
  issues: DataIssue[];
  errorCount: number;
  warningCount: number;
  /** Whether `issues` was cut to MAX_ISSUES_RETURNED (errors are kept before warnings). */
  truncated: boolean;
}

export function issueReport(issues: readonly DataIssue[]): IssueReport {
  const { errors, warnings } = countIssues(issues);
  const errorsFirst = [
    ...issues.filter((i) => i.severity === "error"),
    ...issues.filter((i) => i.severity === "warning"),
  ];
  return {
    issues: errorsFirst.slice(0, MAX_ISSUES_RETURNED),
    errorCount: errors,
    warningCount: warnings,
    truncated: issues.length > MAX_ISSUES_RETURNED,
  };
}
