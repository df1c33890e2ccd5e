export function ChartsSkeleton() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading charts" className="grid gap-6">
      {["a", "b", "c"].map((k) => (
        <div key={k} className="h-56 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-900" />
      ))}
    </div>
  );
}
