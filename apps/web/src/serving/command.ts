import { createRequire } from "node:module";
import path from "node:path";

/** Node's arguments that run the production server (src/serving/server.ts) of the app in `appDir`. */
export function webServerArgs(appDir: string): string[] {
  const tsx = createRequire(path.join(appDir, "package.json")).resolve("tsx");
  return ["--import", tsx, path.join(appDir, "src", "serving", "server.ts")];
}
