import { fill } from "./helpers";
import { expect, test } from "./interactive-page";

test("risk bands: own growth and volatility give the lognormal percentiles, with the model stated", async ({
  page,
}) => {
  await page.goto("/calculator");
  await fill(page, "Base salary ($ per year)", "100000");
  await fill(page, "Target bonus (% of base)", "0");
  await fill(page, "Equity grant ($, value at grant)", "1000");
  await page.getByLabel("Vesting schedule").selectOption("even4");
  await page.getByText("Equity risk bands", { exact: true }).first().click();
  await page.getByLabel("Equity risk").selectOption("custom");
  await fill(page, "Expected yearly growth μ (%)", "10");
  await fill(page, "Yearly volatility σ (%)", "20");
  const bands = page.getByTestId("equity-bands");
  // $250 vesting at t = 1: 250 × e^(0.08 ∓ 0.2 × 1.2816) = $209.59 / $270.82 / $349.94.
  await expect(bands.getByRole("row", { name: /Year 1/ })).toContainText(
    "$209.59$270.82$349.94$100,209.59$100,270.82$100,349.94",
  );
  await expect(page.getByTestId("bands-model")).toContainText("exp((μ − σ²/2)·t + σ·√t·Z)");

  await fill(page, "Yearly volatility σ (%)", "151");
  await expect(page.getByText("The yearly volatility can be at most 150%")).toBeVisible();

  // A preset fills in its stated figures.
  await page.getByLabel("Equity risk").selectOption("large_public");
  await expect(
    page.getByText("Assumes 7% expected yearly growth and 25% yearly volatility"),
  ).toBeVisible();
  await expect(bands).toBeVisible();
});

test("benefits: each line in the yearly table, counted in the total only when chosen", async ({
  page,
}) => {
  await page.goto("/calculator");
  await fill(page, "Base salary ($ per year)", "200000");
  await fill(page, "Target bonus (% of base)", "0");
  await fill(page, "Equity grant ($, value at grant)", "0");
  await fill(page, "Years to model (1–10)", "1");
  await page.getByText("Benefits (401(k), ESPP, others)").click();
  await fill(page, "401(k) match (% of your contributions)", "50");
  await fill(page, "Matched up to (% of base)", "6");
  await fill(page, "ESPP discount (%)", "15");
  await fill(page, "ESPP contribution (% of base)", "10");
  await page.getByRole("button", { name: "Add a benefit" }).click();
  await fill(page, "Benefit 1", "Stipend");
  await fill(page, "Benefit 1 ($ a year)", "500");
  await page.getByRole("checkbox", { name: "Counts" }).uncheck();

  const table = page.getByTestId("year-table");
  await expect(table.getByRole("columnheader", { name: "401(k) match" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "ESPP gain" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /Stipend.*not counted/ })).toBeVisible();
  // $200,000 + $6,000 match + $3,529.41 ESPP gain; the stipend is listed, not counted.
  await expect(table.getByRole("row", { name: /Year 1/ })).toContainText(
    "$200,000$0$0$0$6,000$3,529.41$500$209,529.41",
  );
  await expect(page.getByTestId("annualized-total")).toHaveText("$209,529.41");
  await expect(page.getByTestId("caveats")).toContainText("401(k) match is not capped");
});

test("a link carries the figures; a tampered link opens the defaults with a notice", async ({
  page,
}) => {
  await page.goto("/calculator");
  await page.getByLabel("Currency of the offer").selectOption("EUR");
  await fill(page, "Scenario name", "Offre à Paris");
  await fill(page, "Base salary (EUR per year)", "90000");
  await fill(page, "Target bonus (% of base)", "10");
  await fill(page, "Equity grant (EUR, value at grant)", "0");
  await expect(page.getByTestId("annualized-total")).toHaveText("€99,000");
  await expect(page.getByTestId("share-link")).toContainText("The link contains every figure");
  await page.getByRole("button", { name: "Make a link to these figures" }).click();
  const link = await page.getByLabel("Link to these figures").inputValue();
  expect(link).toMatch(/\/calculator\?s=v1\.[A-Za-z0-9_-]+$/);

  await page.evaluate(() => window.localStorage.clear());
  await page.goto(link);
  await expect(page.getByLabel("Scenario name", { exact: true })).toHaveValue("Offre à Paris");
  await expect(page.getByLabel("Base salary (EUR per year)")).toHaveValue("90000");
  await expect(page.getByTestId("annualized-total")).toHaveText("€99,000");

  const tampered = link.replace(/s=v1\.(.{6})/, "s=v1.AAAAAA");
  const response = await page.goto(tampered);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("link-notice")).toContainText("opened with its defaults");
  await expect(page.getByLabel("Base salary ($ per year)")).toBeVisible();

  await page.goto("/calculator?s=v7.abc");
  await expect(page.getByTestId("link-notice")).toContainText("another version");
});
