/** The app's style tokens: class names shared by the admin pages, the scenario list and forms. */
export const cell = "border-b border-slate-200 px-2 py-2 text-left align-top dark:border-slate-800";
/** A cell whose row holds controls (checkboxes, buttons): centred vertically. */
export const middleCell =
  "border-b border-slate-200 px-2 py-2 text-left align-middle dark:border-slate-800";

export const primaryButton =
  "rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:cursor-not-allowed disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900";

export const secondaryButton =
  "rounded border border-slate-300 px-3 py-1.5 text-sm disabled:cursor-not-allowed disabled:opacity-60 dark:border-slate-700";

export const dangerButton =
  "rounded border border-red-300 px-3 py-1.5 text-sm text-red-800 disabled:cursor-not-allowed disabled:opacity-60 dark:border-red-800 dark:text-red-300";

export const linkButton = "underline underline-offset-2 disabled:opacity-60";

export const muted = "text-slate-600 dark:text-slate-400";

export const panel = "rounded-lg border border-slate-200 p-4 dark:border-slate-800";

export const alertBox =
  "rounded bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100";

export const okBox =
  "rounded bg-green-50 p-3 text-sm text-green-900 dark:bg-green-950 dark:text-green-100";

export const noteBox = "rounded bg-slate-50 p-3 text-sm dark:bg-slate-900";

export const badge = "inline-block rounded-full px-2 py-0.5 text-xs font-medium";
