import { type DataPointInput, dataPointFields, fieldValue } from "@aiml/domain";
import { alertBox, cell, muted, secondaryButton } from "../ui/styles";
import { formatWhen } from "./format";

/** The `details` of a draft CONFLICT (see the API's draft-conflict.ts). */
export interface DraftConflictDetails {
  draftId: string;
  baseRevision: number;
  currentRevision: number | null;
  state: "edited" | "published" | "discarded";
  lastEdit: { by: string | null; at: Date | string } | null;
  rows: { key: string; yours: DataPointInput | null; current: DataPointInput | null }[];
}

export function asDraftConflict(details: unknown): DraftConflictDetails | null {
  const d = details as Partial<DraftConflictDetails> | null;
  return d && typeof d === "object" && typeof d.draftId === "string" && Array.isArray(d.rows)
    ? (d as DraftConflictDetails)
    : null;
}

const onAlertButton = `${secondaryButton} bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100`;

const show = (v: string | number | boolean | null) =>
  v === null ? "—" : typeof v === "boolean" ? (v ? "yes" : "no") : String(v);

/** The fields where your row and the current one differ (every set field when one is absent). */
function differingFields(yours: DataPointInput | null, current: DataPointInput | null) {
  return dataPointFields.filter((f) => {
    const a = yours ? fieldValue(yours, f) : null;
    const b = current ? fieldValue(current, f) : null;
    return a !== b;
  });
}

interface Props {
  message: string;
  details: DraftConflictDetails | null;
  onReload: () => void;
  reloading: boolean;
  /** After a reload the view stays, for reference, until dismissed. */
  reloaded: boolean;
  onDismiss: () => void;
}

/**
 * A save that lost a race: the message, and for each row it touched, your version beside the
 * draft's current one. Nothing is overwritten; the admin reloads and applies the edits again.
 */
export function ConflictView({
  message,
  details,
  onReload,
  reloading,
  reloaded,
  onDismiss,
}: Props) {
  // An open-data draft's conflict has no rows of yours: it changes through imports.
  const hasRows = (details?.rows.length ?? 0) > 0;
  return (
    <div role="alert" data-testid="draft-conflict" className={`${alertBox} grid grid-cols-1 gap-3`}>
      <p className="font-medium">{message}</p>
      {details?.lastEdit && (
        <p>
          Last change by {details.lastEdit.by ?? "someone"} at {formatWhen(details.lastEdit.at)}.
        </p>
      )}
      {details && hasRows && (
        <div className="relative overflow-x-auto rounded bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
          <table className="w-full min-w-[32rem] border-collapse text-sm">
            <caption className="sr-only">Your unsaved rows beside the draft's current rows</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>
                  Row and field
                </th>
                <th scope="col" className={cell}>
                  Yours (not saved)
                </th>
                <th scope="col" className={cell}>
                  Current in the draft
                </th>
              </tr>
            </thead>
            <tbody>
              {details.rows.map((row) => {
                const fields = differingFields(row.yours, row.current);
                return [
                  <tr key={row.key}>
                    <th scope="colgroup" colSpan={3} className={`${cell} font-normal`}>
                      <span className="font-mono text-xs font-semibold">{row.key}</span>
                      {": "}
                      {row.yours ? "you changed or added it" : "you deleted it"}
                      {"; "}
                      {row.current ? "the draft now has it as shown" : "the draft no longer has it"}
                    </th>
                  </tr>,
                  ...fields.map((f) => (
                    <tr key={`${row.key}-${f}`}>
                      <th scope="row" className={`${cell} pl-6 font-normal ${muted}`}>
                        {f}
                      </th>
                      <td className={`${cell} break-words`}>
                        {show(row.yours ? fieldValue(row.yours, f) : null)}
                      </td>
                      <td className={`${cell} break-words`}>
                        {show(row.current ? fieldValue(row.current, f) : null)}
                      </td>
                    </tr>
                  )),
                ];
              })}
            </tbody>
          </table>
        </div>
      )}
      {reloaded ? (
        <div className="flex flex-wrap items-center gap-2">
          <span>
            {hasRows
              ? "The draft was reloaded and your unsaved changes were dropped. Your values are shown above so you can apply them again."
              : "The draft was reloaded: it shows the other change now."}
          </span>
          <button type="button" onClick={onDismiss} className={onAlertButton}>
            Dismiss
          </button>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" onClick={onReload} disabled={reloading} className={onAlertButton}>
            {reloading ? "Reloading…" : "Reload the draft"}
          </button>
          <span>
            {hasRows
              ? "This drops your unsaved changes; the comparison above stays for reference."
              : "It shows the draft as the other change left it."}
          </span>
        </div>
      )}
    </div>
  );
}
