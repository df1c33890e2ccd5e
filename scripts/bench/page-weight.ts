// Prints the HTML of each public page, gzipped (-9) as a whole, and what it is made of: React's
// payload (the inline `self.__next_f` scripts), the inline stylesheets, the other inline scripts
// and the markup. Starts the built app on a throwaway seeded database; run `pnpm build` first.
// With --database-url, on that database instead: the 10-million-observation data of
// `pnpm bench:open-data --keep`, where the budget is 1.5× the seeded one.
// Usage: pnpm bench:html [--database-url postgresql://…]
import { gzipSync } from "node:zlib";
import { publicPagePaths } from "@aiml/domain";
import { startApp } from "@aiml/script-lib/app";
import { readArgs } from "./lib/args";
import { printTable, verdict } from "./lib/table";

const args = readArgs({ rounds: 1, seconds: 1 }, ["database-url"]);
const databaseUrl = args["database-url"];
// Issue targets: each page's HTML ≤ 60 kB gzipped at the seeded data, ≤ 1.5× that at 10 million
// observations.
const budgetKb = databaseUrl ? 90 : 60;
const app = await startApp({ verbose: args.verbose, databaseUrl });

const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length / 1000;
const raw = (text: string) => Buffer.byteLength(text) / 1000;

/** The document split into its parts; the markup is what is left once the rest is taken out. */
function pageParts(html: string) {
  const payload: string[] = [];
  const styles: string[] = [];
  const scripts: string[] = [];
  let markup = html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, (m) => {
    styles.push(m);
    return "";
  });
  markup = markup.replace(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g, (m, body: string) => {
    (body.startsWith("self.__next_f") ? payload : scripts).push(m);
    return "";
  });
  return {
    payload: payload.join(""),
    styles: styles.join(""),
    scripts: scripts.join(""),
    markup,
  };
}

interface Row {
  route: string;
  rawKb: number;
  kB: number;
  parts: ReturnType<typeof pageParts>;
}

const rows: Row[] = [];
try {
  for (const route of publicPagePaths) {
    const response = await fetch(`${app.base}${route}`);
    if (!response.ok) throw new Error(`${route} answered ${response.status}`);
    const html = await response.text();
    rows.push({ route, rawKb: raw(html), kB: gz(html), parts: pageParts(html) });
  }
} finally {
  await app.stop();
}

console.log(
  `Page HTML per public route at ${databaseUrl ? "the data of --database-url" : "the seeded data"}: gzip -9 of the document; each part gzipped alone\n`,
);
printTable(
  [
    "route",
    "raw kB",
    "gzip kB",
    "budget",
    "markup",
    "RSC payload",
    "styles",
    "other scripts",
    "verdict",
  ],
  rows.map((r) => [
    r.route,
    r.rawKb.toFixed(1),
    r.kB.toFixed(1),
    String(budgetKb),
    gz(r.parts.markup).toFixed(1),
    gz(r.parts.payload).toFixed(1),
    gz(r.parts.styles).toFixed(1),
    gz(r.parts.scripts).toFixed(1),
    verdict(r.kB <= budgetKb),
  ]),
);
process.exitCode = rows.every((r) => r.kB <= budgetKb) ? 0 : 1;
