import "server-only";
import { createTRPCContext, type Session } from "@aiml/api";
import { getDb } from "@aiml/db";
import { serverEnv } from "./env";

// Accounts arrive with the auth issue; until then every request is anonymous.
async function getSession(_headers: Headers): Promise<Session | null> {
  return null;
}

export function createContext(headers: Headers) {
  serverEnv();
  return createTRPCContext({ headers, db: getDb(), getSession });
}
