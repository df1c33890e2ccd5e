import fs from "node:fs";
import path from "node:path";
import { publicPagePaths } from "@aiml/domain";
import { expect, test } from "@playwright/test";
import { expectHydrated } from "./browser-checks";

const buildManifest = path.resolve(import.meta.dirname, "../../apps/web/.next/build-manifest.json");

test("public pages paint before Next's chunks are requested, then hydrate", async ({ page }) => {
  for (const route of publicPagePaths) {
    await page.goto(route);
    await expectHydrated(page);
    const timings = await page.evaluate(() => {
      const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime;
      const chunks = performance
        .getEntriesByType("resource")
        .filter((e) => e.name.includes("/_next/static/chunks/") && e.name.endsWith(".js"))
        .map((e) => ({
          name: e.name,
          start: e.startTime,
          by: (e as PerformanceResourceTiming).initiatorType,
        }));
      return { paint, chunks };
    });
    expect(timings.paint, route).toBeGreaterThan(0);
    // A `<link rel=preload>` may fetch one early; scripts are only added after the paint.
    const scripts = timings.chunks.filter((c) => c.by === "script");
    expect(scripts.length, route).toBeGreaterThan(0);
    for (const chunk of scripts) {
      expect(chunk.start, `${route}: ${chunk.name}`).toBeGreaterThanOrEqual(timings.paint ?? 0);
    }
  }
});

test("the big chunks every page runs at start are marked for eager compilation", async ({
  request,
}) => {
  const { rootMainFiles } = JSON.parse(fs.readFileSync(buildManifest, "utf8")) as {
    rootMainFiles: string[];
  };
  const bodies = await Promise.all(
    rootMainFiles.map(async (file) => (await request.get(`/_next/${file}`)).text()),
  );
  // React DOM and Next's client; compile-hints.ts leaves chunks under 100,000 bytes alone.
  const big = bodies.filter((body) => body.length >= 100_000);
  expect(big.length).toBeGreaterThanOrEqual(2);
  for (const body of big) expect(body.startsWith("//# allFunctionsCalledOnLoad\n")).toBe(true);
});
