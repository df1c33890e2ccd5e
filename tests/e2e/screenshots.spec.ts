import path from "node:path";
import { publicPagePaths } from "@aiml/domain";
import { expect, test } from "@playwright/test";

const folder = path.join(import.meta.dirname, "../.results/screenshots");
/**
 * Full-page screenshots are for a person to look at (`pnpm test:e2e:screenshots`, kept under
 * tests/.results/screenshots); taking them is most of this spec's time, so other runs skip it.
 */
const takeScreenshots = process.env.E2E_SCREENSHOTS === "1";

/** Every public page in both colour schemes at desktop and phone widths never scrolls sideways. */
for (const colorScheme of ["light", "dark"] as const) {
  for (const width of [1280, 375]) {
    test.describe(`${colorScheme} ${width}px`, () => {
      test.use({ colorScheme, viewport: { width, height: 900 } });
      for (const route of publicPagePaths) {
        test(`${route} fits the width`, async ({ page }) => {
          await page.goto(route);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
          if (!takeScreenshots) return;
          const name = `${route === "/" ? "overview" : route.slice(1)}-${colorScheme}-${width}.png`;
          await page.screenshot({ path: path.join(folder, name), fullPage: true });
        });
      }
    });
  }
}
