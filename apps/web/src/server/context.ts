import "server-only";
import { createTRPCContext } from "@aiml/api";
import { getDb } from "@aiml/db";
import { getSessionFromHeaders } from "./auth";
import { serverEnv } from "./env";

export function createContext(headers: Headers) {
  serverEnv();
  return createTRPCContext({ headers, db: getDb(), getSession: getSessionFromHeaders });
}
