import "server-only";
import { appOrigins, readAuthEnv } from "@aiml/auth";

let origins: string[] | undefined;

/** The origins the app's pages are served from: state-changing requests must come from one. */
export function allowedOrigins(): readonly string[] {
  origins ??= appOrigins(readAuthEnv());
  return origins;
}
