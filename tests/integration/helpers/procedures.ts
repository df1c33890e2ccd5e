import { appRouter } from "@aiml/api";

export type ProcedureType = "query" | "mutation";

export interface RoutedProcedure {
  path: string;
  type: ProcedureType;
}

/** Every procedure of the app's router, read from the router itself, sorted by path. */
export function routedProcedures(): RoutedProcedure[] {
  return Object.entries(appRouter._def.procedures)
    .map(([path, procedure]) => {
      const type = (procedure as unknown as { _def: { type: string } })._def.type;
      if (type !== "query" && type !== "mutation") {
        throw new Error(`${path} is a ${type}: the security tests only know queries and mutations`);
      }
      return { path, type: type as ProcedureType };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Calls the procedure at a dotted path ("admin.users.list") on a tRPC caller. */
export function callPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const procedure = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input: unknown) => Promise<unknown>)(input);
}
