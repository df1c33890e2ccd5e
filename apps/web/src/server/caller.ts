import "server-only";
import { createCaller } from "@aiml/api";
import { createContext } from "./context";

/** Calls procedures in-process, with the request's session. */
export async function getServerCaller(headers: Headers) {
  return createCaller(await createContext(headers));
}
