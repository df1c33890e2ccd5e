import Link from "next/link";
import { AutoSubmit } from "../dashboard/auto-submit";
import { primaryButton } from "../ui/styles";
import type { AuditFilter } from "./audit-input";

const control =
  "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm sm:w-56 dark:border-slate-700 dark:bg-slate-900";

interface Props {
  filter: AuditFilter;
  users: { id: string; email: string }[];
  /** Whether there are more accounts than the list of names holds. */
  moreUsers: boolean;
  datasets: { id: string; title: string }[];
}

/**
 * A plain GET form: the filters live in the URL, so a filtered view can be shared and survives
 * reload (with JavaScript, choosing from a list applies at once).
 */
export function AuditFilters({ filter, users, moreUsers, datasets }: Props) {
  const actorListed = !filter.actorId || users.some((u) => u.id === filter.actorId);
  return (
    <form
      // A new form when the URL's filters change, so its fields show them (Clear filters).
      key={JSON.stringify(filter)}
      method="get"
      action="/admin/audit"
      aria-label="Filter the audit log"
      className="mb-6 flex flex-wrap items-end gap-4 rounded-lg bg-slate-50 p-3 dark:bg-slate-900"
    >
      <AutoSubmit />
      <label className="w-full text-sm sm:w-auto">
        Who
        <select name="actor" defaultValue={filter.actorId ?? ""} className={control}>
          <option value="">Anyone</option>
          {!actorListed && <option value={filter.actorId}>User {filter.actorId}</option>}
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.email}
            </option>
          ))}
        </select>
      </label>
      <label className="w-full text-sm sm:w-auto">
        Dataset
        <select name="dataset" defaultValue={filter.datasetId ?? ""} className={control}>
          <option value="">Any dataset</option>
          {datasets.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        From (UTC)
        <input type="date" name="from" defaultValue={filter.from ?? ""} className={control} />
      </label>
      <label className="text-sm">
        To (UTC)
        <input type="date" name="to" defaultValue={filter.to ?? ""} className={control} />
      </label>
      <button type="submit" className={primaryButton}>
        Apply
      </button>
      <Link href="/admin/audit" className="text-sm underline">
        Clear filters
      </Link>
      {moreUsers && (
        <p className="w-full text-xs text-slate-600 dark:text-slate-400">
          “Who” lists the first {users.length} accounts; for another, add <code>?actor=</code> and
          the account's id to the address.
        </p>
      )}
    </form>
  );
}
