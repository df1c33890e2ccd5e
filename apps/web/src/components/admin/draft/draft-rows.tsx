"use client";

import type { DataPointInput } from "@aiml/domain";
import { Button } from "../../ui/button";
import { DataTable } from "../../ui/data-table";
import { Pager } from "../../ui/pager";
import { cell, muted } from "../../ui/styles";
import { PointCells, pointColumns, scopeOf } from "../point-cells";
import type { ChangeSet } from "./change-set";

const rowColumns = [...pointColumns, { label: "Scope" }, { label: "Actions", hidden: true }];

function ScopeCell({ point, struck }: { point: DataPointInput; struck: boolean }) {
  return (
    <td className={`${cell} ${struck ? "line-through opacity-70" : ""}`}>
      {scopeOf(point) || <span className={muted}>—</span>}
    </td>
  );
}

function RowButton({
  onClick,
  disabled,
  danger = false,
  children,
}: {
  onClick: () => void;
  disabled: boolean;
  danger?: boolean;
  children: React.ReactNode;
}) {
  return (
    <Button
      variant="link"
      className={`ml-2 first:ml-0 ${danger ? "text-red-700 dark:text-red-400" : ""}`}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </Button>
  );
}

/** The rows added on this page and not saved yet. */
export function NewRowsTable({
  added,
  busy,
  onEdit,
  onRemove,
}: {
  added: DataPointInput[];
  busy: boolean;
  onEdit: (key: string) => void;
  onRemove: (key: string) => void;
}) {
  if (added.length === 0) return null;
  return (
    <DataTable
      caption="New rows, not saved yet"
      showCaption
      columns={rowColumns}
      minWidth="min-w-[40rem]"
      testId="new-rows"
    >
      {added.map((p) => (
        <tr key={p.key}>
          <PointCells point={p} status="new" />
          <ScopeCell point={p} struck={false} />
          <td className={`${cell} whitespace-nowrap`}>
            <RowButton disabled={busy} onClick={() => onEdit(p.key)}>
              Edit<span className="sr-only"> {p.key}</span>
            </RowButton>{" "}
            <RowButton disabled={busy} onClick={() => onRemove(p.key)}>
              Remove<span className="sr-only"> {p.key}</span>
            </RowButton>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** One page of the saved draft's rows, with the unsaved edits shown on them, and its pager. */
export function DraftRowsTable({
  rows,
  changes,
  offset,
  pageSize,
  totalRows,
  paging,
  busy,
  onPage,
  onEdit,
  onDelete,
  onUndo,
}: {
  rows: DataPointInput[];
  changes: ChangeSet;
  offset: number;
  pageSize: number;
  totalRows: number;
  paging: boolean;
  busy: boolean;
  onPage: (offset: number) => void;
  onEdit: (key: string) => void;
  onDelete: (key: string) => void;
  onUndo: (key: string) => void;
}) {
  const lastShown = Math.min(offset + rows.length, totalRows);
  return (
    <div aria-busy={paging}>
      <DataTable
        caption={`Rows ${offset + 1} to ${lastShown} of the draft`}
        columns={rowColumns}
        minWidth="min-w-[40rem]"
        testId="draft-rows"
        dimmed={paging}
      >
        {rows.map((row) => {
          const deleted = changes.deleted.includes(row.key);
          const edited = changes.edited[row.key];
          const status = deleted ? "deleted" : edited ? "changed" : null;
          const shown = edited ?? row;
          return (
            <tr key={row.key} data-key={row.key}>
              <PointCells point={shown} status={status} />
              <ScopeCell point={shown} struck={deleted} />
              <td className={`${cell} whitespace-nowrap`}>
                {!deleted && (
                  <RowButton disabled={busy} onClick={() => onEdit(row.key)}>
                    Edit<span className="sr-only"> {row.key}</span>
                  </RowButton>
                )}
                {status ? (
                  <RowButton disabled={busy} onClick={() => onUndo(row.key)}>
                    Undo<span className="sr-only"> changes to {row.key}</span>
                  </RowButton>
                ) : (
                  <RowButton danger disabled={busy} onClick={() => onDelete(row.key)}>
                    Delete<span className="sr-only"> {row.key}</span>
                  </RowButton>
                )}
              </td>
            </tr>
          );
        })}
      </DataTable>
      <Pager
        label="Draft rows pages"
        position={`Rows ${(offset + 1).toLocaleString("en-US")}–${lastShown.toLocaleString("en-US")} of ${totalRows.toLocaleString("en-US")}`}
        onPrevious={offset === 0 ? undefined : () => onPage(Math.max(0, offset - pageSize))}
        onNext={offset + pageSize >= totalRows ? undefined : () => onPage(offset + pageSize)}
        loading={paging}
      />
    </div>
  );
}
