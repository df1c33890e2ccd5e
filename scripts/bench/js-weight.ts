// Prints the first-load JavaScript of each public route, gzipped, as the production build
// serves it: starts the built app on a throwaway database, reads every <script src> a route's
// HTML loads, and gzips each file. Run `pnpm build` first. Usage: pnpm bench:js
import { gzipSync } from "node:zlib";
import { chartPagePaths, publicPagePaths } from "@aiml/domain";
import { startApp } from "@aiml/script-lib/app";
import { readArgs } from "./lib/args";
import { printTable, verdict } from "./lib/table";

// Issue targets: 150 kB on pages with charts, 140 kB on the rest.
const budgetKb = (route: string) => (chartPagePaths.includes(route) ? 150 : 140);

const args = readArgs({ rounds: 1, seconds: 1 });
const app = await startApp({ verbose: args.verbose });

const sizes = new Map<string, Promise<number>>();
function gzippedSize(src: string): Promise<number> {
  let size = sizes.get(src);
  if (!size) {
    size = fetch(new URL(src, app.base))
      .then((response) => response.arrayBuffer())
      .then((body) => gzipSync(Buffer.from(body), { level: 9 }).length);
    sizes.set(src, size);
  }
  return size;
}

interface Row {
  route: string;
  files: number;
  kB: number;
  inlineKB: number;
}

const rows: Row[] = [];
try {
  for (const route of publicPagePaths) {
    const html = await (await fetch(`${app.base}${route}`)).text();
    // nomodule scripts are legacy polyfills that modern browsers neither fetch nor run.
    const tags = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1] ?? "");
    const scripts = [
      ...new Set(
        tags
          .filter((t) => !/nomodule/i.test(t))
          .flatMap((t) => t.match(/src="([^"]+)"/)?.[1] ?? []),
      ),
    ];
    const total = (await Promise.all(scripts.map(gzippedSize))).reduce((a, b) => a + b, 0);
    const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
      (n, m) => n + gzipSync(Buffer.from(m[1] ?? "")).length,
      0,
    );
    rows.push({ route, files: scripts.length, kB: total / 1000, inlineKB: inline / 1000 });
  }
} finally {
  await app.stop();
}

console.log("First-load JavaScript per route (gzip -9 of each file; inline RSC payload apart)\n");
printTable(
  ["route", "files", "JS kB", "budget", "inline data kB", "verdict"],
  rows.map((r) => [
    r.route,
    String(r.files),
    r.kB.toFixed(2),
    String(budgetKb(r.route)),
    r.inlineKB.toFixed(1),
    verdict(r.kB <= budgetKb(r.route)),
  ]),
);
process.exitCode = rows.every((r) => r.kB <= budgetKb(r.route)) ? 0 : 1;
