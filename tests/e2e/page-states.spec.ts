import { expect, test } from "./interactive-page";

test("while new filters load, the page says so and dims the charts", async ({ page }) => {
  await page.goto("/pay");
  const main = page.locator("main");
  const status = page.getByTestId("filters-pending");
  const figure = page.locator(".chart-figure").first();
  await expect(main).not.toHaveAttribute("aria-busy", /.*/);
  await expect(figure).toHaveCSS("opacity", "1");

  // The client router's request for the new view is held until the pending state is checked.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(
    (url) => url.pathname === "/pay" && url.searchParams.has("_rsc"),
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page.getByRole("combobox", { name: "Level", exact: true }).selectOption("senior");
  await expect(status).toHaveText("Updating the charts…");
  await expect(main).toHaveAttribute("aria-busy", "true");
  await expect(figure).toHaveCSS("opacity", "0.55");

  release();
  await expect(page).toHaveURL(/\/pay\?level=senior$/);
  await expect(main).not.toHaveAttribute("aria-busy", /.*/);
  await expect(status).toHaveText("");
  await expect(page.locator(".chart-figure").first()).toHaveCSS("opacity", "1");
});

test("printed, a dashboard drops navigation and controls and shows charts with their tables", async ({
  page,
}) => {
  await page.goto("/demand");
  const chart = page.getByTestId("chart-postings-trend");
  const table = chart.locator("details table");
  const controls = [
    page.locator("body > header"),
    page.getByTestId("filter-bar"),
    chart.getByRole("link", { name: /Download CSV/ }),
    chart.locator("details > summary"),
  ];
  // On screen: navigation and controls show, the table waits behind "Show as table".
  for (const control of controls) await expect(control).toBeVisible();
  await expect(table).toBeHidden();

  await page.emulateMedia({ media: "print" });
  for (const control of controls) await expect(control).toBeHidden();
  await expect(chart.locator(".chart-hits")).toBeHidden();
  await expect(chart.locator('svg[role="img"]').first()).toBeVisible();
  await expect(table).toBeVisible();
  await expect(table.locator("tbody tr").first()).toBeVisible();
  // Every chart's table is printed, not just the first.
  const tables = page.locator("details table");
  const count = await tables.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) await expect(tables.nth(i)).toBeVisible();

  await page.emulateMedia({ media: "screen" });
  await expect(table).toBeHidden();
  await expect(page.locator("body > header")).toBeVisible();
});
