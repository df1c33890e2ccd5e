// After `next build`: marks the big chunks every page runs at start (of the build manifest's
// rootMainFiles: React DOM and Next's client) for eager compilation with V8's explicit compile
// hint (https://v8.dev/blog/explicit-compile-hints). Nearly all of their functions run while a
// page starts; compiled lazily, one by one on the main thread, they made one long task.
// Marked, they are compiled with the script, off the main thread. The small chunks are left
// alone: their share of that task is small, and each mark costs ~40 bytes of gzipped JS.
import fs from "node:fs";
import path from "node:path";

const HINT = "//# allFunctionsCalledOnLoad\n";
const MIN_BYTES = 100_000;
const buildDir = path.resolve(import.meta.dirname, "..", ".next");

const manifest = JSON.parse(fs.readFileSync(path.join(buildDir, "build-manifest.json"), "utf8"));
const files: string[] = (manifest.rootMainFiles ?? []).filter((file: string) =>
  file.endsWith(".js"),
);
if (files.length === 0) throw new Error("The build manifest lists no rootMainFiles to mark.");

const marked = files.filter((file) => {
  const full = path.join(buildDir, file);
  const source = fs.readFileSync(full, "utf8");
  if (source.length < MIN_BYTES) return false;
  if (!source.startsWith(HINT)) fs.writeFileSync(full, HINT + source);
  return true;
});
if (marked.length === 0)
  throw new Error(`No chunk run on every page is ${MIN_BYTES} bytes or more.`);
console.log(
  `Compile hints added to ${marked.length} of the ${files.length} chunks every page runs.`,
);
