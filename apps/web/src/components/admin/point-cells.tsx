import { type DataPointInput, dimensionNames } from "@aiml/domain";
import { badge, cell, muted } from "../ui/styles";
import { describePoint } from "./format";

/** The columns a row of figures shows: its key (as the row header), label, figure and scope. */
export const pointColumns = [{ label: "Key" }, { label: "Label" }, { label: "Figure" }] as const;

const statusStyle = {
  new: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100",
  changed: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  deleted: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
} as const;
const statusName = { new: "New", changed: "Changed", deleted: "Deleted" } as const;

/** How an unsaved row differs from the saved draft. */
export type PointStatus = keyof typeof statusStyle;

export function scopeOf(point: DataPointInput): string {
  const parts = dimensionNames.flatMap((d) => (point[d] ? [point[d]] : []));
  if (point.year !== undefined) parts.push(String(point.year));
  return parts.join(" · ");
}

/** Key, label and figure cells of one row; a deleted row is struck through. */
export function PointCells({
  point,
  status = null,
}: {
  point: DataPointInput;
  status?: PointStatus | null;
}) {
  const struck = status === "deleted" ? "line-through opacity-70" : "";
  return (
    <>
      <th scope="row" className={`${cell} font-mono text-xs font-normal break-all`}>
        <span className={struck}>{point.key}</span>
        {status && (
          <span className={`${badge} ${statusStyle[status]} ml-1 font-sans`}>
            {statusName[status]}
          </span>
        )}
      </th>
      <td className={`${cell} ${struck}`}>{point.label}</td>
      <td className={`${cell} ${struck}`} data-testid="row-figure">
        <span className="whitespace-nowrap">{describePoint(point)}</span>
        <span className={`block text-xs ${muted}`}>
          {point.metric} · {point.statistic}
        </span>
      </td>
    </>
  );
}
