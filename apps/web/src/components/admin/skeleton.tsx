/** A loading placeholder that says what is loading. */
export function AdminSkeleton({ label, rows = 3 }: { label: string; rows?: number }) {
  return (
    <div role="status" aria-busy="true" className="grid grid-cols-1 gap-3">
      <p className="text-sm text-slate-600 dark:text-slate-400">{label}</p>
      {Array.from({ length: rows }, (_, i) => i).map((i) => (
        <div key={i} className="h-10 animate-pulse rounded bg-slate-100 dark:bg-slate-900" />
      ))}
    </div>
  );
}
