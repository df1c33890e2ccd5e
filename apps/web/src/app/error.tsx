"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 p-6 dark:border-red-800">
      <h1 className="text-xl font-semibold">This page could not be loaded</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Something went wrong on our side. Try again in a moment.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded bg-slate-900 px-3 py-1.5 text-white dark:bg-slate-100 dark:text-slate-900"
      >
        Try again
      </button>
    </div>
  );
}
