import { expect, test } from "./interactive-page";

test("a bar chart is an SVG with a value axis, a legend and a finding with real figures", async ({
  page,
}) => {
  await page.goto("/pay?highlight=Google");
  const chart = page.getByTestId("chart-pay-by-company");
  const drawing = chart.locator('svg[role="img"]').first();
  await expect(drawing).toHaveAttribute(
    "aria-label",
    /^Total compensation by company: highest .+ at .+\$[\d,]+.*, lowest .+ at \$[\d,]+, across \d+ figures\.$/,
  );
  // Ticks of a nice scale in thousands, and the unit under the axis.
  await expect(drawing.locator("text", { hasText: /^\$400k$/ }).first()).toBeVisible();
  await expect(drawing).toContainText("US dollars per year");
  const legend = chart.getByTestId("chart-legend");
  for (const entry of [
    "Range (low to high)",
    "Typical value (median, mean)",
    "Open-ended top",
    "Highlighted company",
  ]) {
    await expect(legend).toContainText(entry);
  }
  // The highlight is said in words too, not by colour alone.
  await expect(drawing).toContainText("Google (highlighted)");
});

test("hovering or focusing a bar shows its exact value, period and source", async ({ page }) => {
  await page.goto("/pay");
  const chart = page.getByTestId("chart-pay-by-company");
  const google = chart.getByTestId("chart-hit").filter({ hasText: "Google" });
  const tip = google.locator(".chart-tip");
  await expect(tip).toBeHidden();
  await google.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText("median $344,000 · range $199,000 to $743,000 or more");
  await expect(tip).toContainText("As of 2025 · Levels.fyi");
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();

  // Keyboard: the figures are in the tab order and read their value as their name.
  await google.focus();
  await expect(google).toBeFocused();
  await expect(tip).toBeVisible();
  await expect(google).toHaveAccessibleName(
    /^Google median \$344,000 · range .+ As of 2025 · Levels.fyi$/,
  );
});

test("the SVG download draws exactly the rows of the table, for the same filters", async ({
  page,
  request,
}) => {
  await page.goto("/pay?level=senior");
  const chart = page.getByTestId("chart-pay-by-level");
  const href = await chart.getByRole("link", { name: /Download SVG/ }).getAttribute("href");
  expect(href).toBe("/api/svg/pay/pay-by-level?level=senior");
  const response = await request.get(href ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
  expect(response.headers()["content-disposition"]).toContain("pay-by-level");
  const svg = await response.text();
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain("<title>Pay by experience level</title>");

  await chart.getByText("Show as table").click();
  const labels = await chart.locator("tbody th").allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  // Long labels wrap onto several lines (tspans): compare the drawing's text.
  const svgText = svg.replace(/<[^>]+>/g, "");
  for (const label of labels) expect(svgText).toContain(label.replaceAll("&", "&amp;"));
  // The page's drawing and the file have the same finding and the same bars.
  const pageLabel = await chart.locator('svg[role="img"]').first().getAttribute("aria-label");
  expect(svg).toContain(`aria-label="${pageLabel}"`);
  expect(await chart.getByTestId("chart-hit").count()).toBe(labels.length);
  expect(svg).not.toContain("$98,000");
});

test("a list chart has no SVG download and an unknown one is a 404", async ({ request }) => {
  expect((await request.get("/api/svg/pay/pay-changes")).status()).toBe(404);
  const response = await request.get("/api/svg/pay/no-such-chart");
  expect(response.status()).toBe(404);
  expect((await response.json()).error).toContain("no chart called");
});

test("a CSV download starts with a byte-order mark and is named after its view and day", async ({
  request,
}) => {
  const response = await request.get("/api/csv/pay/pay-by-level?level=senior");
  expect(response.status()).toBe(200);
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(response.headers()["content-disposition"]).toMatch(
    /^attachment; filename="aiml-pay-pay-by-level-level-senior-\d{4}-\d{2}-\d{2}\.csv"$/,
  );
});

test("pages carry their own title, description, Open Graph tags and the icon", async ({ page }) => {
  await page.goto("/pay");
  await expect(page).toHaveTitle("Pay · AI/ML Job Market");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /Salaries/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    "Pay · AI/ML Job Market",
  );
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toMatch(/^\/icon\.svg/);
  const response = await page.request.get(icon ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
});
