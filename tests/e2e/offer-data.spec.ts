import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { fill, signUp } from "./helpers";
import { expect, test } from "./interactive-page";

const standardFontDataUrl = `${join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

async function pdfText(bytes: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  return content.items.map((item) => ("str" in item ? item.str : "")).join(" ");
}

test("the offer is also shown in a display currency, with the rate, its year and source", async ({
  page,
}) => {
  await page.goto("/calculator");
  await fill(page, "Base salary ($ per year)", "100000");
  await fill(page, "Target bonus (% of base)", "0");
  await fill(page, "Equity grant ($, value at grant)", "0");
  await page.getByLabel("Also show in").selectOption("EUR");
  const panel = page.getByTestId("currency-panel");
  await expect(panel).toContainText("$100,000");
  await expect(page.getByTestId("fx-rate")).toContainText(
    /At the 2025 annual average rate: 1 USD = 0\.\d{4} EUR/,
  );
  await expect(panel.getByTestId("citation")).toContainText("Federal Reserve");
  await expect(panel.getByTestId("citation")).toContainText("PDDL 1.0");
});

test("cost of living: what the offer buys in another state, by BEA price parities", async ({
  page,
}) => {
  await page.goto("/calculator");
  await fill(page, "Base salary ($ per year)", "200000");
  await fill(page, "Target bonus (% of base)", "0");
  await fill(page, "Equity grant ($, value at grant)", "0");
  await page.getByText("Cost of living and official pay").click();
  await page.getByLabel("US state of the job").selectOption("TX");
  const panel = page.getByTestId("cost-of-living");
  await panel.getByRole("combobox").selectOption("CA");
  // $200,000 × 112.581 / 97.175 = $231,707.74 (BEA 2023).
  await expect(panel.getByTestId("parity-sentence").first()).toContainText(
    "A year-1 base of $200,000 in Texas buys what $231,707.74 buys in California, by the 2023 regional price parities of U.S. Bureau of Economic Analysis",
  );
  await expect(panel.getByTestId("citation")).toContainText("Public domain");
});

test("market position: the base among official percentiles, with employment, year and source", async ({
  page,
}) => {
  await page.goto("/calculator");
  await fill(page, "Base salary ($ per year)", "150000");
  await page.getByText("Cost of living and official pay").click();
  await page.getByLabel("Occupation").selectOption("15-1252");
  await page.getByLabel("Official pay figures for").selectOption("US");
  const official = page.getByTestId("official-position");
  await expect(official).toContainText(
    "Your year-1 base of $150,000 is at about the 61.8th percentile of Software Developers (SOC 15-1252) pay in the US, May 2024 (1,654,440 jobs).",
  );
  await expect(official).toContainText("The 75th percentile is $169,000: $19,000 more.");
  await expect(official).toContainText("base pay only");
  await expect(official.getByTestId("citation")).toContainText("Bureau of Labor Statistics");
});

test("a saved scenario's owner gets the negotiation brief as a page and a PDF; others get 404", async ({
  browser,
}) => {
  const owner = await browser.newContext();
  const page = await owner.newPage();
  await signUp(page);
  await page.goto("/calculator");
  await fill(page, "Scenario name", "Brief test");
  await fill(page, "Base salary ($ per year)", "150000");
  await fill(page, "Target bonus (% of base)", "0");
  await fill(page, "Equity grant ($, value at grant)", "100000");
  await page.getByLabel("Vesting schedule").selectOption("even4");
  await page.getByText("Cost of living and official pay").click();
  await page.getByLabel("Occupation").selectOption("15-1252");
  await page.getByLabel("Official pay figures for").selectOption("US");
  await page.getByRole("button", { name: "Save scenario" }).click();
  await expect(page).toHaveURL(/\/scenarios\/[^/]+$/);
  const url = page.url();
  await expect(page.getByTestId("market-position")).toContainText("61.8th percentile");

  await page.getByRole("link", { name: "Negotiation brief" }).click();
  const brief = page.getByTestId("brief");
  await expect(brief).toContainText("Negotiation brief: Brief test");
  await expect(brief).toContainText("Annualized over 4 years: $175,000");
  await expect(brief).toContainText("about the 61.8th percentile");

  const pdf = await page.request.get(`${url.replace("/scenarios/", "/api/scenarios/")}/brief`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const text = (await pdfText(await pdf.body())).replace(/\s+/g, " ");
  expect(text).toContain("Annualized over 4 years: $175,000");
  expect(text).toContain("61.8th percentile");
  expect(text).toContain("$19,000 more than your base");

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUp(otherPage);
  expect((await otherPage.goto(`${url}/brief`))?.status()).toBe(404);
  const refused = await otherPage.request.get(
    `${url.replace("/scenarios/", "/api/scenarios/")}/brief`,
  );
  expect(refused.status()).toBe(404);
  await owner.close();
  await other.close();
});

test("comparing offers in two currencies converts them to one and says so", async ({ page }) => {
  await signUp(page);
  for (const [name, currency, base] of [
    ["Dollar offer", "USD", "150000"],
    ["Pound offer", "GBP", "100000"],
  ] as const) {
    await page.goto("/calculator");
    await page.getByLabel("Currency of the offer").selectOption(currency);
    await fill(page, "Scenario name", name);
    await fill(
      page,
      currency === "USD" ? "Base salary ($ per year)" : "Base salary (GBP per year)",
      base,
    );
    await page.getByRole("button", { name: "Save scenario" }).click();
    await expect(page).toHaveURL(/\/scenarios\/[^/]+$/);
  }
  await page.goto("/scenarios");
  await page.getByLabel("Compare Dollar offer").check();
  await page.getByLabel("Compare Pound offer").check();
  await page.getByRole("link", { name: "Compare 2 scenarios" }).click();
  await expect(page.getByTestId("comparison-currency")).toContainText("All figures in USD.");
  await expect(page.getByTestId("comparison-currency")).toContainText(
    /Converted at the 2025 annual average rates: 1 GBP = 1\.\d{4} USD/,
  );
  await page.getByLabel("Compare in").selectOption("GBP");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("comparison-currency")).toContainText("All figures in GBP.");
  await expect(page.getByTestId("comparison-table")).toContainText("£");
});
