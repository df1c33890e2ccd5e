import path from "node:path";
import { publicPagePaths } from "@aiml/domain";
import { expect, test } from "@playwright/test";

const folder = path.join(import.meta.dirname, "../.results/screenshots");

/**
 * Every public page in both colour schemes at desktop and phone widths, kept under
 * tests/.results/screenshots for a person to look at; each also must not scroll sideways.
 */
for (const colorScheme of ["light", "dark"] as const) {
  for (const width of [1280, 375]) {
    test.describe(`${colorScheme} ${width}px`, () => {
      test.use({ colorScheme, viewport: { width, height: 900 } });
      for (const route of publicPagePaths) {
        test(`${route} screenshot`, async ({ page }) => {
          await page.goto(route);
          const name = `${route === "/" ? "overview" : route.slice(1)}-${colorScheme}-${width}.png`;
          await page.screenshot({ path: path.join(folder, name), fullPage: true });
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
        });
      }
    });
  }
}
