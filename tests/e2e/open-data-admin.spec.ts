import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { test } from "./admin-helpers";
import { queryTestDatabase } from "./database";

const FX_TITLE = "Annual average exchange rates against the US dollar, 2000–2025";

test("an admin browses an open-data draft, adds a series break, exports a version and compares two", async ({
  adminPage: page,
}) => {
  test.slow();
  await page.goto("/admin");
  await page.getByTestId("dataset-list").getByRole("link", { name: FX_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FX_TITLE);
  await page.getByRole("button", { name: "Start editing" }).click();

  // The draft's observations, filtered, a page at a time.
  const browser = page.getByTestId("observation-browser");
  await expect(page.getByTestId("draft-row-count")).toHaveText("468");
  await expect(browser.getByTestId("observation-count")).toHaveText(
    "18 series, 468 observations match.",
  );
  await browser.getByLabel("Metric").selectOption("fx_units_per_usd");
  await browser.getByLabel("Currency").selectOption("EUR");
  await expect(browser.getByTestId("observation-count")).toHaveText(
    "1 series, 26 observations match.",
  );
  const rows = browser.getByTestId("observation-table").locator("tbody tr");
  await expect(rows).toHaveCount(26);
  await expect(rows.first()).toContainText("fx_units_per_usd|currency=EUR");
  await expect(rows.first()).toContainText("2000-01-01");

  // A series break, saved at once in the draft.
  const breaks = page.getByTestId("breaks-editor");
  await breaks.getByRole("button", { name: "Add a break" }).click();
  await breaks.getByLabel("Date of the change").fill("2015-01-01");
  await breaks.getByLabel("Reason").fill("A made-up method change, for this test");
  await breaks.getByLabel("SOC codes before").fill("15-1111");
  await breaks.getByLabel("SOC codes after").fill("15-1221");
  await breaks.getByRole("button", { name: "Add the break" }).click();
  await expect(page.getByTestId("breaks-status")).toHaveText("Break added.");
  await expect(breaks.getByRole("table")).toContainText("A made-up method change");

  // Version 1 as CSV: licence notes, then the long layout.
  const versions = page.getByTestId("version-list");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    versions.getByRole("link", { name: "Export CSV of version 1" }).click(),
  ]);
  const csv = fs.readFileSync(await download.path(), "utf8");
  // Notes are CSV cells too: quoted when they hold a comma.
  expect(csv.startsWith('\uFEFF"# Annual average exchange rates')).toBe(true);
  expect(csv).toContain("# Licence: PDDL 1.0");
  expect(csv).toContain("metric,unit,precision,period,period_end,");
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\n");
  // The notes, the header, then one line per observation.
  expect(lines.filter((l) => !/^"?#/.test(l))).toHaveLength(1 + 468);

  // The draft against version 1: the same observations.
  await versions.getByLabel("Compare version 1").check();
  await versions.getByLabel("Compare version 2").check();
  await expect(page.getByTestId("diff-counts")).toContainText(
    "0 changed, 0 added, 0 removed, 468 unchanged",
  );

  // A publish that lost a race (another admin's change moved the draft on) says so here.
  await queryTestDatabase(
    `UPDATE "DatasetVersion" SET revision = revision + 1
     WHERE status = 'draft' AND "datasetId" = (SELECT id FROM "Dataset" WHERE title = $1)`,
    [FX_TITLE],
  );
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Publish version 2" }).click();
  await expect(page.getByTestId("draft-conflict")).toContainText(
    /This draft was changed .*Nothing was published/,
  );
  await page.screenshot({
    path: path.join(import.meta.dirname, "../.results/screenshots/admin-open-data-conflict.png"),
    fullPage: true,
  });
  await page
    .getByTestId("draft-conflict")
    .getByRole("button", { name: "Reload the draft" })
    .click();
  await expect(page.getByTestId("draft-conflict")).toContainText("The draft was reloaded");

  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(page.getByRole("button", { name: "Start editing" })).toBeVisible();
});
