import type { ReactNode } from "react";
import { cell } from "./styles";

export interface Column {
  /** The header; a hidden one is read by screen readers only (e.g. "Actions"). */
  label: string;
  hidden?: boolean;
  align?: "right";
}

interface DataTableProps {
  /** Names the table for screen readers; `showCaption` shows it above the table too. */
  caption: ReactNode;
  showCaption?: boolean;
  columns: readonly Column[];
  /** A Tailwind min-width class (written out, so Tailwind finds it), e.g. "min-w-[40rem]". */
  minWidth: string;
  testId?: string;
  /** Dims the rows, e.g. while the next page loads. */
  dimmed?: boolean;
  /** The rows (`<tr>`s). */
  children: ReactNode;
}

/** A table that scrolls sideways on small screens, with its caption and column headers. */
export function DataTable({
  caption,
  showCaption = false,
  columns,
  minWidth,
  testId,
  dimmed = false,
  children,
}: DataTableProps) {
  return (
    <div className="relative overflow-x-auto">
      <table
        className={`w-full ${minWidth} border-collapse text-sm ${dimmed ? "opacity-60" : ""}`}
        data-testid={testId}
      >
        <caption className={showCaption ? "mb-1 text-left font-semibold" : "sr-only"}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                className={column.align === "right" ? `${cell} text-right` : cell}
              >
                {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
