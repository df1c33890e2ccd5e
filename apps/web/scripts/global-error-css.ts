// After `next build`: removes the stylesheet Turbopack lists under `app/global-error` in each
// route's client reference manifest. The manifest lists CSS cumulatively down the layout chain,
// so global-error "has" the root layout's stylesheet, and with `experimental.inlineCss` Next
// writes it into every page's payload a second time as the global-error's styles (~7 kB gzipped
// a page; vercel/next.js#98110, fixes proposed in #98136/#98241, not released). Our global-error
// renders its own document without the app's stylesheet, so it loses nothing.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";

const appDir = path.resolve(import.meta.dirname, "..", ".next", "server", "app");
const SUFFIX = "_client-reference-manifest.js";
const GLOBAL_ERROR = /\/app\/global-error$/;

interface Manifest {
  entryCSSFiles?: Record<string, unknown[]>;
}

function manifests(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return manifests(full);
    return entry.name.endsWith(SUFFIX) ? [full] : [];
  });
}

let changed = 0;
const files = manifests(appDir);
for (const file of files) {
  // The file only assigns JSON to globalThis.__RSC_MANIFEST[route]: run it in an empty context.
  const context: { __RSC_MANIFEST?: Record<string, Manifest> } = {};
  vm.runInNewContext(fs.readFileSync(file, "utf8"), context);
  const routes = context.__RSC_MANIFEST ?? {};
  let dropped = false;
  for (const manifest of Object.values(routes)) {
    for (const [key, css] of Object.entries(manifest.entryCSSFiles ?? {})) {
      if (GLOBAL_ERROR.test(key) && css.length > 0) {
        (manifest.entryCSSFiles as Record<string, unknown[]>)[key] = [];
        dropped = true;
      }
    }
  }
  if (!dropped) continue;
  const lines = ["globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};"];
  for (const [route, manifest] of Object.entries(routes)) {
    lines.push(
      `globalThis.__RSC_MANIFEST[${JSON.stringify(route)}] = ${JSON.stringify(manifest)};`,
    );
  }
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
  changed++;
}
console.log(
  changed > 0
    ? `Global-error stylesheet removed from ${changed} of ${files.length} client reference manifests.`
    : `No client reference manifest lists a stylesheet for global-error (of ${files.length}): Next may have fixed it; this step can go.`,
);
