import { ColumnTypeEnum, type SqlResultSet } from "@prisma/driver-adapter-utils";
import pg from "pg";

const CHAR_OID = 18;
const TEXT_OID = 25;

type QueryCallback = (error: Error | null, result: unknown) => void;

/** Result rows that held `"char"` columns, with those columns' indices. */
const charColumns = new WeakMap<object, number[]>();

/**
 * A pg client that lets Postgres's internal single-byte `"char"` type (OID 18, used by catalog
 * columns such as `pg_constraint.contype`) through adapter-pg 7.10.0, which rejects it and so
 * breaks every schema introspection. The column passes as text; `restoreCharColumns` then
 * reports it as the character column the engine expects.
 */
export class CatalogFriendlyClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: forwards pg's heavily overloaded signature.
  override query(...args: any[]): any {
    const last = args.at(-1);
    if (typeof last === "function") {
      const callback = last as QueryCallback;
      args[args.length - 1] = (error: Error | null, result: unknown) =>
        callback(error, error ? result : retype(result));
    }
    // biome-ignore lint/suspicious/noExplicitAny: see above.
    const returned = (super.query as (...a: any[]) => any).apply(this, args);
    return returned instanceof Promise ? returned.then(retype) : returned;
  }
}

function retype(result: unknown): unknown {
  for (const single of Array.isArray(result) ? result : [result]) {
    const { fields, rows } = (single ?? {}) as Partial<pg.QueryResult>;
    const indices: number[] = [];
    fields?.forEach((field, index) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      indices.push(index);
    });
    // adapter-pg passes this same rows array on in its result set.
    if (indices.length > 0 && rows) charColumns.set(rows, indices);
  }
  return result;
}

export function restoreCharColumns(result: SqlResultSet): SqlResultSet {
  for (const index of charColumns.get(result.rows) ?? []) {
    result.columnTypes[index] = ColumnTypeEnum.Character;
  }
  return result;
}
