import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "./app";

const nextServerDir = path.join(repoRoot, "apps/web/.next/server");

/**
 * Whether the build's proxy answers page requests with the database-outage page
 * (apps/web/src/serving/database-outage.ts wired into apps/web/src/proxy.ts).
 */
export function proxyServesOutagePage(): boolean {
  if (!fs.existsSync(path.join(nextServerDir, "middleware.js"))) return false;
  const chunks = path.join(nextServerDir, "chunks");
  return fs
    .readdirSync(chunks, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".js"))
    .some((f) =>
      fs.readFileSync(path.join(chunks, f), "utf8").includes("<h1>Temporarily unavailable"),
    );
}
