export const REQUEST_ID_HEADER = "x-request-id";

/** Letters, digits and `._:-`, up to 128 characters: what proxies and tracers send. */
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The incoming id when it is safe to log and echo, else null. */
export function saneRequestId(value: string | null | undefined): string | null {
  return value && SANE_REQUEST_ID.test(value) ? value : null;
}

/** The incoming id when sane, else a new one. */
export function requestIdFrom(value: string | null | undefined): string {
  return saneRequestId(value) ?? crypto.randomUUID();
}
