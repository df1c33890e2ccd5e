// After `next build`: marks the chunks every page runs at start (the build manifest's
// rootMainFiles: React, Next's client and Turbopack's runtime) for eager compilation with V8's
// explicit compile hint (https://v8.dev/blog/explicit-compile-hints). Nearly all of their
// functions run while a page starts, and compiled lazily they were compiled one by one on the
// main thread, in one long task; marked, they are compiled with the script, off the main thread.
import fs from "node:fs";
import path from "node:path";

const HINT = "//# allFunctionsCalledOnLoad\n";
const buildDir = path.resolve(import.meta.dirname, "..", ".next");

const manifest = JSON.parse(fs.readFileSync(path.join(buildDir, "build-manifest.json"), "utf8"));
const files: string[] = (manifest.rootMainFiles ?? []).filter((file: string) =>
  file.endsWith(".js"),
);
if (files.length === 0) throw new Error("The build manifest lists no rootMainFiles to mark.");

for (const file of files) {
  const full = path.join(buildDir, file);
  const source = fs.readFileSync(full, "utf8");
  if (!source.startsWith(HINT)) fs.writeFileSync(full, HINT + source);
}
console.log(`Compile hints added to ${files.length} chunks run on every page.`);
