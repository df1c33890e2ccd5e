/** What one load run measured (autocannon or wrk). */
export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  requests: number;
  /** Mean response size in bytes. */
  bytes: number;
}
