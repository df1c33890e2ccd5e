import type pg from "pg";

export interface TableInfo {
  name: string;
  columns: string[];
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The app's tables (schema public) and their columns, without Prisma's migration ledger. */
export async function appTables(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows } = await client.query<{ table_name: string; columns: string[] }>(`
    SELECT c.table_name, array_agg(c.column_name::text ORDER BY c.ordinal_position) AS columns
    FROM information_schema.columns c
    JOIN information_schema.tables t USING (table_schema, table_name)
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      AND c.table_name <> '_prisma_migrations' AND c.is_generated = 'NEVER'
    GROUP BY c.table_name
    ORDER BY c.table_name`);
  return rows.map((r) => ({ name: r.table_name, columns: r.columns }));
}

/** Names of the migrations applied to the database, oldest first. */
export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ migration_name: string }>(`
    SELECT migration_name FROM _prisma_migrations
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
    ORDER BY migration_name`);
  return rows.map((r) => r.migration_name);
}

export interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

/** Every foreign key of the app's tables, with its definition to add it back. */
export async function foreignKeys(client: pg.ClientBase): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(`
    SELECT cl.relname AS "table", co.conname AS name, pg_get_constraintdef(co.oid) AS definition
    FROM pg_constraint co
    JOIN pg_class cl ON cl.oid = co.conrelid
    JOIN pg_namespace n ON n.oid = cl.relnamespace
    WHERE co.contype = 'f' AND n.nspname = 'public'
    ORDER BY cl.relname, co.conname`);
  return rows;
}
