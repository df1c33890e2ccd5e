/*
 * The app's own server (serving/server.ts) runs beside the Next build, not inside it: it asks the
 * build, through this process-wide slot, for responses it can send before Next routes a request.
 */

export const FRONT_DOOR = Symbol.for("aiml.front-door");

export interface FrontDoorRequest {
  method: string;
  /** Path and query, as the request line has them. */
  url: string;
  header(name: string): string | null;
}

export interface FrontDoorResponse {
  status: number;
  headers: [string, string][];
  /** The body in order (none for HEAD). */
  chunks: Buffer[];
}

/** A response for the request, or undefined to let Next answer it. */
export type FrontDoor = (request: FrontDoorRequest) => Promise<FrontDoorResponse | undefined>;

export function installedFrontDoor(): FrontDoor | undefined {
  return (globalThis as { [FRONT_DOOR]?: FrontDoor })[FRONT_DOOR];
}
