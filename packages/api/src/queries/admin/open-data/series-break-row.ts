import { isoDate } from "../iso-date";

/** A series break as the admin pages show it. */
export const shownBreak = (b: {
  id: number;
  at: Date;
  dimension: string;
  fromCodes: string[];
  toCodes: string[];
  description: string;
}) => ({
  id: b.id,
  at: isoDate(b.at),
  dimension: b.dimension,
  fromCodes: b.fromCodes,
  toCodes: b.toCodes,
  description: b.description,
});
