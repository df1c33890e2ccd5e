/** Shared by the audit page (server) and the audit list (client): the same query key on both. */
export const AUDIT_PAGE_SIZE = 50;

/** The audit filters as the URL holds them (dates as yyyy-mm-dd, in UTC). */
export interface AuditFilter {
  actorId?: string;
  datasetId?: string;
  from?: string;
  to?: string;
}

/** The API's input for a filter: whole days, inclusive, in UTC. */
export function auditInput(filter: AuditFilter) {
  return {
    actorId: filter.actorId,
    datasetId: filter.datasetId,
    from: filter.from ? new Date(`${filter.from}T00:00:00.000Z`) : undefined,
    to: filter.to ? new Date(`${filter.to}T23:59:59.999Z`) : undefined,
    limit: AUDIT_PAGE_SIZE,
  };
}
