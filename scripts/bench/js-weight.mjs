// Prints the first-load JavaScript of each public route, gzipped, as the production build
// serves it: starts the built app on a throwaway database, reads every <script src> a route's
// HTML loads, and gzips each file. Run `pnpm build` first. Usage: pnpm bench:js
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

const routes = [
  "/",
  "/demand",
  "/growth",
  "/pay",
  "/top-of-market",
  "/sources",
  "/calculator",
  "/sign-in",
  "/sign-up",
];
// Routes with charts have a budget of 150 kB; the rest 140 kB (issue targets).
// The calculator draws its year-by-year bars as a chart.
const chartRoutes = new Set(["/demand", "/growth", "/pay", "/top-of-market", "/calculator"]);
const root = path.resolve(import.meta.dirname, "../..");

const port = await new Promise((resolve) => {
  const s = net.createServer().listen(0, "127.0.0.1", () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});
const base = `http://127.0.0.1:${port}`;
const server = spawn("pnpm", ["--silent", "--filter", "@aiml/web", "serve", "--ephemeral"], {
  cwd: root,
  env: { ...process.env, PORT: String(port) },
  stdio: "ignore",
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {}
};
process.on("exit", stop);

async function waitForServer() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the app did not start");
}

const sizeCache = new Map();
async function gzippedSize(src) {
  if (!sizeCache.has(src)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    sizeCache.set(src, gzipSync(body, { level: 9 }).length);
  }
  return sizeCache.get(src);
}

await waitForServer();
const rows = [];
for (const route of routes) {
  const html = await (await fetch(`${base}${route}`)).text();
  // nomodule scripts are legacy polyfills that modern browsers neither fetch nor run.
  const tags = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1] ?? "");
  const scripts = [
    ...new Set(
      tags.filter((t) => !/nomodule/i.test(t)).flatMap((t) => t.match(/src="([^"]+)"/)?.[1] ?? []),
    ),
  ];
  const sizes = await Promise.all(scripts.map(gzippedSize));
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (n, m) => n + gzipSync(Buffer.from(m[1] ?? "")).length,
    0,
  );
  const total = sizes.reduce((a, b) => a + b, 0);
  const budget = chartRoutes.has(route) ? 150 : 140;
  rows.push({ route, files: scripts.length, kB: total / 1000, inlineKB: inline / 1000, budget });
}
stop();

console.log(
  "First-load JavaScript per route (gzip -9 of each file; inline RSC payload shown apart)\n",
);
console.log("route            files   JS kB   budget  inline data kB  verdict");
for (const r of rows) {
  console.log(
    `${r.route.padEnd(16)} ${String(r.files).padStart(5)} ${r.kB.toFixed(2).padStart(7)} ${String(r.budget).padStart(8)} ${r.inlineKB.toFixed(1).padStart(15)}  ${r.kB <= r.budget ? "ok" : "OVER"}`,
  );
}
process.exit(rows.every((r) => r.kB <= r.budget) ? 0 : 1);
