// Apart from the other tokens (./styles): Field is on the first load of the sign-in forms and the
// calculator, and a module ships with every export that some page uses.

/** A form control (input, select, textarea) in a Field. */
export const control =
  "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600 dark:border-slate-700 dark:bg-slate-900";
