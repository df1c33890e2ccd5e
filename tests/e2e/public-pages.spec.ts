import path from "node:path";
import { publicPagePaths } from "@aiml/domain";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

const folder = path.join(import.meta.dirname, "../.results/screenshots");

/**
 * The page as loaded, kept under tests/.results/screenshots for a person to look at; it must
 * not scroll sideways.
 */
async function screenshotAndWidth(page: Page, route: string, name: string, width: number) {
  const file = `${route === "/" ? "overview" : route.slice(1)}-${name}-${width}.png`;
  await page.screenshot({ path: path.join(folder, file), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
}

/**
 * Every public page in both colour schemes, at desktop and phone widths. One page load serves
 * the screenshot, the width check and, on the desktop, the accessibility check (the e2e run is
 * bound by the machine's two cores: a page load less is time saved).
 */
for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode, 1280px`, () => {
    test.use({ colorScheme, viewport: { width: 1280, height: 900 } });
    for (const route of publicPagePaths) {
      test(`${route}: no sideways scroll, no serious or critical accessibility violations`, async ({
        page,
      }) => {
        // axe walks every chart's drawing and its opened table: minutes on a loaded machine.
        test.slow();
        await page.goto(route);
        await screenshotAndWidth(page, route, colorScheme, 1280);
        await page.locator("details").evaluateAll((all) => {
          for (const d of all) (d as HTMLDetailsElement).open = true;
        });
        // Violations only: axe then skips building selectors for every passing node (its
        // documented performance option); what is checked is the same.
        const results = await new AxeBuilder({ page })
          .options({ resultTypes: ["violations"] })
          .analyze();
        const severe = results.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`);
        expect(severe).toEqual([]);
      });
    }
  });

  test.describe(`${colorScheme} mode, 375px`, () => {
    test.use({ colorScheme, viewport: { width: 375, height: 900 } });
    for (const route of publicPagePaths) {
      test(`${route}: no sideways scroll on a phone`, async ({ page }) => {
        await page.goto(route);
        await screenshotAndWidth(page, route, colorScheme, 375);
      });
    }
  });
}
