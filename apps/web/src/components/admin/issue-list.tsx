import type { DataIssue } from "@aiml/domain";
import { badge } from "../ui/styles";
import { plural } from "./format";

interface Props {
  issues: readonly DataIssue[];
  errorCount: number;
  warningCount: number;
  truncated: boolean;
  /** Names the list for screen readers: "Problems in the file". */
  label: string;
  /** What errors stop: "saving" (default) or "the import". */
  blocks?: string;
  /** Offers an "Edit" button for issues about a row this page can open. */
  canEdit?: (key: string) => boolean;
  onEdit?: (key: string) => void;
  testId?: string;
}

const severityStyle = {
  error: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
  warning: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
} as const;

/** Errors (which block) and warnings (which do not), each naming its row, in a scrolling list. */
export function IssueList({
  issues,
  errorCount,
  warningCount,
  truncated,
  label,
  blocks = "saving",
  canEdit,
  onEdit,
  testId,
}: Props) {
  if (issues.length === 0) return null;
  return (
    <div data-testid={testId}>
      <p className="text-sm">
        <span className="font-medium">{plural(errorCount, "error")}</span>
        {errorCount > 0 && ` (they block ${blocks})`}, {plural(warningCount, "warning")}
        {warningCount > 0 && " (shown for you to judge; they do not block)"}.
        {truncated && ` Only the first ${issues.length} are listed.`}
      </p>
      <ul
        aria-label={label}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling list must be reachable by keyboard
        tabIndex={0}
        className="mt-2 max-h-72 space-y-1 overflow-y-auto rounded border border-slate-200 p-2 text-sm dark:border-slate-800"
      >
        {issues.map((issue, i) => (
          <li
            // Issues have no id; their order is fixed for one response.
            key={i}
            className="flex flex-wrap items-start gap-2"
          >
            <span className={`${badge} ${severityStyle[issue.severity]}`}>
              {issue.severity === "error" ? "Error" : "Warning"}
            </span>
            <span className="min-w-0 flex-1 break-words">{issue.message}</span>
            {issue.key && canEdit?.(issue.key) && onEdit && (
              <button
                type="button"
                className="underline"
                onClick={() => onEdit(issue.key as string)}
              >
                Edit<span className="sr-only"> row {issue.key}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
