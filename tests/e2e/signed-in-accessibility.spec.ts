import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { test } from "./admin-helpers";

async function severeViolations(page: Page) {
  await page.locator("details").evaluateAll((all) => {
    for (const d of all) (d as HTMLDetailsElement).open = true;
  });
  // Violations only: axe skips selectors for passing nodes (what is checked is the same).
  const results = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`);
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`signed-in and admin pages have no serious or critical violations (${colorScheme})`, async ({
    adminPage: page,
  }) => {
    // Eight pages, each with a full axe scan.
    test.slow();
    await page.emulateMedia({ colorScheme });
    await page.goto("/calculator");
    await page.getByRole("button", { name: "Save scenario" }).click();
    await expect(page).toHaveURL(/\/scenarios\/[^/]+$/);
    const scenarioUrl = new URL(page.url()).pathname;

    await page.goto("/admin");
    const datasetHref = await page
      .getByRole("link", { name: /Levels\.fyi/ })
      .first()
      .getAttribute("href");
    expect(datasetHref).toMatch(/^\/admin\/datasets\/[^/]+$/);

    for (const path of [
      "/scenarios",
      "/account",
      scenarioUrl,
      "/admin",
      datasetHref as string,
      "/admin/users",
      "/admin/metrics",
      "/admin/audit",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await severeViolations(page), path).toEqual([]);
    }
  });
}
