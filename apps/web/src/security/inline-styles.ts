import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * CSP sources for the build's stylesheets. Next inlines them into each page
 * (`experimental.inlineCss`: no render-blocking request before the first paint), but React
 * writes hoisted `<style>` elements without the nonce Next gives them, so the policy allows
 * each stylesheet's exact text by its hash instead. Read once from the build the server runs.
 */
let sources: readonly string[] | undefined;

function cssFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .flatMap((entry) =>
      entry.isFile() && entry.name.endsWith(".css")
        ? [path.join(entry.parentPath, entry.name)]
        : [],
    );
}

export function inlineStyleSources(): readonly string[] {
  sources ??= cssFiles(path.join(process.cwd(), ".next", "static"))
    .sort()
    .map(
      (file) => `'sha256-${createHash("sha256").update(fs.readFileSync(file)).digest("base64")}'`,
    );
  return sources;
}
