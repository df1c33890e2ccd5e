import { expect, test } from "./interactive-page";

const pages = [
  { path: "/demand", heading: "Demand and supply", chart: "demand-vs-supply", figure: "1.6M" },
  { path: "/growth", heading: "Growth outlook", chart: "employment-projections", figure: "26%" },
  { path: "/pay", heading: "Pay", chart: "pay-by-company", figure: "$344,000" },
  {
    path: "/top-of-market",
    heading: "Top of the market",
    chart: "composite-packages",
    figure: "$670,000",
  },
];

for (const p of pages) {
  test(`${p.path} shows its figures server-rendered, with sources, a table and a CSV`, async ({
    page,
    request,
  }) => {
    const html = await (await request.get(p.path)).text();
    expect(html).toContain(p.figure);

    await page.goto(p.path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.heading);
    const chart = page.getByTestId(`chart-${p.chart}`);
    await expect(chart).toContainText(p.figure);
    await expect(chart.getByTestId("source-publisher").first()).toBeVisible();

    await chart.getByText("Show as table").click();
    await expect(chart.getByRole("table")).toBeVisible();
    await expect(chart.getByRole("table")).toContainText(p.figure);

    const csvHref = await chart.getByRole("link", { name: /Download CSV/ }).getAttribute("href");
    expect(csvHref).toBeTruthy();
    const csv = await request.get(csvHref ?? "");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toContain("label,statistic,value,low,high");
    expect(lines.length - 1).toBe(await chart.getByRole("table").locator("tbody tr").count());
  });
}

test("the company chart draws open-ended tops as 'or more', and its CSV says so", async ({
  page,
  request,
}) => {
  await page.goto("/pay");
  const chart = page.getByTestId("chart-pay-by-company");
  await expect(chart).toContainText("median $344,000 · range $199,000 to $743,000 or more");
  await expect(chart).toContainText("up to $806,000 or more");
  const csv = await (await request.get("/api/csv/pay/pay-by-company")).text();
  expect(csv).toContain("Google,median,344000,199000,743000,true");
});

test("a filter lives in the URL: it survives reload and back/forward", async ({ page }) => {
  await page.goto("/pay");
  const levelChart = page.getByTestId("chart-pay-by-level");
  await expect(levelChart).toContainText("$98,000");

  await page.getByRole("combobox", { name: "Level", exact: true }).selectOption("senior");
  await expect(page).toHaveURL(/\/pay\?level=senior$/);
  await expect(levelChart).not.toContainText("$98,000");
  await expect(levelChart).toContainText("$175,000");

  await page.reload();
  await expect(page.getByRole("combobox", { name: "Level", exact: true })).toHaveValue("senior");
  await expect(levelChart).not.toContainText("$98,000");

  await page.getByRole("combobox", { name: "Pay measure" }).selectOption("total");
  await expect(page).toHaveURL(/comp=total/);
  await page.goBack();
  await expect(page).toHaveURL(/\/pay\?level=senior$/);
  await expect(levelChart).toContainText("$175,000");
  await page.goBack();
  await expect(page).toHaveURL(/\/pay$/);
  await expect(levelChart).toContainText("$98,000");
});

test("an invalid filter is ignored with a visible notice, not an error", async ({ page }) => {
  const response = await page.goto("/pay?level=wizard&sort=sideways&bogus=1&highlight=Google");
  expect(response?.status()).toBe(200);
  const notices = page.getByTestId("filter-notices");
  await expect(notices).toContainText("Ignored level=“wizard”");
  await expect(notices).toContainText("Ignored sort=“sideways”");
  await expect(notices).toContainText("unknown parameter “bogus”");
  await expect(page.getByTestId("chart-pay-by-company")).toContainText("Google (highlighted)");
});

test("the sources page lists every dataset with publisher, date and methodology", async ({
  page,
}) => {
  await page.goto("/sources");
  const levels = page.getByTestId("dataset-levels-fyi-ml-engineers-2025");
  await expect(levels).toContainText("Levels.fyi");
  await expect(levels).toContainText("2025");
  await expect(levels.getByRole("link", { name: "Total compensation by company" })).toBeVisible();
  await expect(page.getByTestId("dataset-springboard-advert")).toContainText("advertising claims");
});

test("an unknown CSV chart is a 404 with a message", async ({ request }) => {
  const response = await request.get("/api/csv/pay/no-such-chart");
  expect(response.status()).toBe(404);
  expect((await response.json()).error).toContain("no chart called");
});
