/**
 * Page sizes shared by the server pages (which prefetch) and the client components (which read
 * the same queries): a plain module, since a "use client" module's exports are not values on
 * the server.
 */
export const DRAFT_PAGE_SIZE = 100;
export const USERS_PAGE_SIZE = 50;
