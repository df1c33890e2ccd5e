import pg from "pg";

const CHAR_OID = 18;
const TEXT_OID = 25;

type QueryCallback = (error: Error | null, result: unknown) => void;

/**
 * A pg client that reports Postgres's internal single-byte `"char"` type (OID 18, used by
 * catalog columns such as `pg_constraint.contype`) as text. adapter-pg 7.10.0 rejects OID 18,
 * which makes every schema introspection of the engine fail.
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
    const fields = (single as Partial<pg.QueryResult> | undefined)?.fields;
    for (const field of fields ?? []) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}
