import path from "node:path";

/** pnpm runs the db commands in packages/db: a relative path is taken from where the command was typed. */
export const fromWhereTyped = (file: string) =>
  path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
