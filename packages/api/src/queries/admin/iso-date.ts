/** A date as YYYY-MM-DD (UTC). */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
