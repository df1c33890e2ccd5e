import { expect, test } from "./interactive-page";

const charts: { path: string; ids: string[] }[] = [
  { path: "/", ids: ["postings-trend", "pay-percentiles", "postings-by-state"] },
  {
    path: "/demand",
    ids: ["postings-trend", "postings-by-state", "sector-postings", "annual-openings"],
  },
  { path: "/growth", ids: ["projection-paths", "pay-projection", "market-path"] },
  { path: "/pay", ids: ["pay-percentiles", "pay-by-state"] },
];

for (const { path, ids } of charts) {
  test(`${path} draws its open-data charts with a finding, a scale and their sources`, async ({
    page,
  }) => {
    await page.goto(path);
    for (const id of ids) {
      const chart = page.getByTestId(`chart-${id}`);
      const drawing = chart.locator('svg[role="img"]').first();
      await expect(drawing, id).toHaveAttribute("aria-label", /\d/);
      // A value axis (ticks) or a colour scale: numbers drawn as text.
      expect(await drawing.locator("text").count(), id).toBeGreaterThan(3);
      await expect(chart.getByTestId("source-publisher").first(), id).toBeVisible();
      await expect(chart.getByRole("link", { name: /Download SVG/ }), id).toBeVisible();
    }
  });
}

test("the postings summary names the latest value, as the CSV has it", async ({
  page,
  request,
}) => {
  await page.goto("/demand");
  const chart = page.getByTestId("chart-postings-trend");
  const csvHref = await chart.getByRole("link", { name: /Download CSV/ }).getAttribute("href");
  const rows = (await (await request.get(csvHref ?? "")).text()).trim().split("\r\n");
  const last =
    rows
      .filter((r) => r.split(",")[2] === "total")
      .at(-1)
      ?.split(",") ?? [];
  const index = Number(last[3]);
  const lastDay = new Date(`${last[1]}T00:00:00Z`).toLocaleDateString("en-US", {
    dateStyle: "medium",
    timeZone: "UTC",
  });
  const change = Math.abs(index - 100).toFixed(1);
  await expect(chart.locator('svg[role="img"]').first()).toHaveAttribute(
    "aria-label",
    new RegExp(
      `^Job postings are ${change.replace(".", "\\.")}% (above|below) their February 2020 level as of ${lastDay}`,
    ),
  );
  // Indeed's licence asks for credit wherever its data is shown.
  await expect(chart.getByTestId("licence")).toContainText("Indeed Hiring Lab");
  await expect(chart.getByTestId("licence")).toContainText("CC BY 4.0");
});

test("hovering a point of a time series shows its period, values and credited source", async ({
  page,
}) => {
  await page.goto("/demand");
  const hit = page.getByTestId("chart-postings-trend").getByTestId("chart-hit").last();
  const tip = hit.locator(".chart-tip");
  await expect(tip).toBeHidden();
  await hit.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(/All postings: \d+(\.\d+)?/);
  await expect(tip).toContainText("Indeed Hiring Lab (CC BY 4.0)");
  await expect(tip).toContainText(/\d{4}/);
});

test("the period picker changes the URL and what is drawn", async ({ page }) => {
  await page.goto("/demand");
  const chart = page.getByTestId("chart-postings-trend");
  const ticks = async () =>
    chart.locator('svg[role="img"]').first().locator("text").allTextContents();
  const allTicks = await ticks();
  expect(allTicks).toContain("2021");
  await page.getByRole("combobox", { name: "Period" }).selectOption("1y");
  await expect(page).toHaveURL(/\/demand\?period=1y$/);
  await expect(chart).toContainText("the last 1 year");
  await expect.poll(ticks).not.toContain("2021");
  await page.goBack();
  await expect(page).toHaveURL(/\/demand$/);
  await expect(chart).toContainText("the whole series");
});

test("the cost-of-living toggle changes the URL and the pay by state", async ({ page }) => {
  await page.goto("/pay");
  const chart = page.getByTestId("chart-pay-by-state");
  const drawing = chart.locator('svg[role="img"]').first();
  await expect(drawing).toHaveAttribute("aria-label", /as published \(nominal\)/);
  const nominal = await drawing.getAttribute("aria-label");
  await page.getByRole("combobox", { name: "Pay by state" }).selectOption("adjusted");
  await expect(page).toHaveURL(/\/pay\?prices=adjusted$/);
  await expect(drawing).toHaveAttribute("aria-label", /adjusted for state price levels/);
  expect(await drawing.getAttribute("aria-label")).not.toBe(nominal);
  await chart.getByText("Show as table").click();
  await expect(chart.getByRole("columnheader", { name: "Price parity" })).toBeVisible();
  await expect(chart).toContainText("computed");
  await expect(chart.getByTestId("licence").first()).toBeVisible();
});

test("a state picked in the URL is outlined on the map and gets its own trend", async ({
  page,
}) => {
  await page.goto("/demand?state=CA");
  await expect(page.getByRole("combobox", { name: "State" })).toHaveValue("CA");
  await expect(
    page.getByTestId("chart-postings-by-state").locator('svg[role="img"]').first(),
  ).toHaveAttribute("aria-label", /; California \d/);
  // The ranked list beside the map keeps the picked state, in bold.
  const beside = page.getByTestId("chart-postings-by-state").getByTestId("ranked-beside");
  await expect(beside.locator("tr.font-semibold")).toContainText("California");
  expect(await beside.locator("tbody tr").count()).toBeGreaterThanOrEqual(10);
  await expect(page.getByTestId("chart-postings-state-trend")).toContainText(
    "Job postings in California and the United States",
  );
});

test("an open-data SVG download is the drawing on the page, with the table's rows", async ({
  page,
  request,
}) => {
  await page.goto("/demand");
  const chart = page.getByTestId("chart-annual-openings");
  const href = await chart.getByRole("link", { name: /Download SVG/ }).getAttribute("href");
  const response = await request.get(href ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/aiml-demand-annual-openings-/);
  const svg = await response.text();
  const label = await chart.locator('svg[role="img"]').first().getAttribute("aria-label");
  expect(svg).toContain(`aria-label="${label}"`);
  await chart.getByText("Show as table").click();
  const svgText = svg.replace(/<[^>]+>/g, "");
  const names = await chart.locator("tbody th").allTextContents();
  expect(names.length).toBeGreaterThan(2);
  for (const name of names) expect(svgText).toContain(name);

  const csv = await request.get(
    (await chart.getByRole("link", { name: /Download CSV/ }).getAttribute("href")) ?? "",
  );
  expect((await csv.text()).trim().split("\r\n")).toHaveLength(names.length + 1);
});

test("the pay model is labelled as a model and fitted after the occupation's code change", async ({
  page,
}) => {
  await page.goto("/growth?occupation=software-developers");
  const chart = page.getByTestId("chart-pay-projection");
  await expect(chart).toContainText("A model, computed here, not a BLS figure");
  await expect(chart).toContainText("Fitted only on 2021 onwards");
  await expect(chart.getByTestId("chart-legend")).toContainText("Series break");
  await expect(page.getByTestId("chart-market-path")).toContainText("Computed: the years between");
});
