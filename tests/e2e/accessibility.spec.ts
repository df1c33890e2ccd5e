import { publicPagePaths } from "@aiml/domain";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const paths = publicPagePaths;

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const path of paths) {
      test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
        // axe walks every chart's drawing and its opened table: minutes on a loaded machine.
        test.slow();
        await page.goto(path);
        await page.locator("details").evaluateAll((all) => {
          for (const d of all) (d as HTMLDetailsElement).open = true;
        });
        // Violations only: axe then skips building selectors for every passing node (its documented
        // performance option); what is checked is the same.
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
}
