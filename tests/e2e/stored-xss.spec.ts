import { expect, type Page } from "@playwright/test";
import { test } from "./admin-helpers";
import { expectHydrated, type ScriptWatch, watchScripts } from "./browser-checks";
import { uniqueEmail } from "./helpers";

/** Script payloads an admin types into text fields; each would open an alert if it ran. */
const xss = {
  title: `XSS dataset <script>alert("xss-title")</script>`,
  publisher: `XSS publisher <img src=x onerror=alert("xss-publisher")>`,
  methodology: `"><svg onload=alert("xss-methodology")> javascript:alert("xss-js") </script><script>alert("xss-close")</script>`,
  sourceUrl: `https://example.com/report?q="><svg/onload=alert("xss-url")>`,
  demandLabel: `<img src=x onerror=alert("xss-label")> open roles`,
  quote: `<script>alert("xss-quote")</script>`,
  note: `=HYPERLINK("javascript:alert('xss-note')","click")`,
  growthRole: `"><svg onload=alert("xss-role")>`,
  payCompany: `</script><script>alert("xss-company")</script>`,
  overviewPublisher: ` </script><script>alert("xss-overview")</script>`,
  topPublisher: ` "><img src=x onerror=alert("xss-top")>`,
};

const HAKIA_TITLE = "AI/ML engineer market figures stated by the Hakia career guide";
const RECRUITER_TITLE = "A competing offer for an AI-lab candidate, as told by a recruiter";

/** A CSV cell as the exports write it (RFC 4180 quoting, formulas prefixed with '). */
const csvCell = (value: string) => {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Nothing from a payload became markup: no handler attributes, no injected script or SVG. */
async function expectInert(page: Page, watch: ScriptWatch, where: string) {
  const injected = await page.evaluate(() => ({
    handlers: document.querySelectorAll("[onerror], [onload]").length,
    images: document.querySelectorAll('img[src="x"]').length,
    // The app's own drawings are .chart-svg (and the layers inside them); anything else is not.
    svgs: document.querySelectorAll("main svg:not(.chart-svg):not(.chart-svg svg)").length,
    scripts: Array.from(document.scripts).filter((s) => s.textContent?.trim().startsWith("alert("))
      .length,
  }));
  expect(injected, where).toEqual({ handlers: 0, images: 0, svgs: 0, scripts: 0 });
  expect(watch.dialogs, where).toEqual([]);
  // A payload that reached the DOM would also show up as a script the CSP refused.
  expect(await watch.violations(), where).toEqual([]);
}

async function addRow(page: Page, row: Record<string, string>) {
  await page.getByRole("button", { name: "Add row" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a row" });
  for (const [label, value] of Object.entries(row)) {
    const field = dialog.getByLabel(label, { exact: true });
    if ((await field.evaluate((e) => e.tagName)) === "SELECT") await field.selectOption(value);
    else await field.fill(value);
  }
  await dialog.getByRole("button", { name: "Add row" }).click();
  await expect(dialog).toBeHidden();
}

/** Opens a dataset's admin page by its title and changes title and publisher; returns the old. */
async function editDetails(
  page: Page,
  title: string,
  change: (old: { title: string; publisher: string }) => { title: string; publisher: string },
) {
  await page.goto("/admin");
  await page.getByTestId("dataset-list").getByRole("link", { name: title, exact: true }).click();
  const form = page.getByRole("form", { name: "Dataset details" });
  await expect(form.getByLabel("Title")).toHaveValue(title);
  const old = {
    title: await form.getByLabel("Title").inputValue(),
    publisher: await form.getByLabel("Publisher").inputValue(),
  };
  const next = change(old);
  await form.getByLabel("Title").fill(next.title);
  await form.getByLabel("Publisher").fill(next.publisher);
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(form.getByTestId("dataset-form-status")).toHaveText("Saved.");
  return { url: page.url(), old };
}

test("script payloads saved through the admin pages show as text on every public page", async ({
  adminPage: page,
}) => {
  test.setTimeout(240_000);
  const watch = await watchScripts(page);

  // A javascript: source URL is refused; the rest goes in as typed.
  await page.goto("/admin/datasets/new");
  const form = page.getByRole("form", { name: "Dataset details" });
  await form.getByLabel("Source URL (optional)").fill(`javascript:alert("xss-js-url")`);
  await form.getByRole("button", { name: "Create dataset" }).click();
  await expect(form.getByText("Must be an http(s) URL")).toBeVisible();
  await form.getByLabel("Title").fill(xss.title);
  await form.getByLabel("Publisher").fill(xss.publisher);
  await form.getByLabel("Slug").fill(`xss-${uniqueEmail("").slice(1, 11)}`);
  await form.getByLabel("Source URL (optional)").fill(xss.sourceUrl);
  await form.getByLabel("As of", { exact: true }).fill("2025-06-30");
  await form.getByLabel("Methodology (optional)").fill(xss.methodology);
  await form.getByRole("button", { name: "Create dataset" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(xss.title);
  await expect(page).toHaveTitle(`Admin: ${xss.title}`);
  await expectInert(page, watch, "admin dataset page");

  await addRow(page, {
    Key: "xss.demand",
    Label: xss.demandLabel,
    Metric: "open_positions",
    Unit: "count",
    Value: "1000",
    Quote: xss.quote,
    Note: xss.note,
  });
  await addRow(page, {
    Key: "xss.growth",
    Label: "XSS growth",
    Metric: "employment_growth",
    Unit: "percent_change",
    Value: "12",
    Role: xss.growthRole,
  });
  await addRow(page, {
    Key: "xss.pay",
    Label: "XSS pay",
    Metric: "total_comp",
    Statistic: "median",
    Value: "250000",
    Company: xss.payCompany,
  });
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("draft-status")).toContainText("Saved: 0 changed, 3 added");
  await expect(page.getByTestId("draft-rows")).toContainText(xss.demandLabel);
  await page.getByRole("button", { name: /^Publish version \d+$/ }).click();
  await expect(page.getByTestId("draft-status")).toContainText(/Published version \d+/);
  await expectInert(page, watch, "admin draft");

  // The Overview and Top of the market show only seeded datasets: give two of them payloads.
  const hakia = await editDetails(page, HAKIA_TITLE, (old) => ({
    title: old.title,
    publisher: old.publisher + xss.overviewPublisher,
  }));
  const recruiter = await editDetails(page, RECRUITER_TITLE, (old) => ({
    title: old.title + xss.topPublisher,
    publisher: old.publisher + xss.topPublisher,
  }));

  const shown: [string, string[]][] = [
    ["/", [xss.overviewPublisher.trim()]],
    ["/demand", [xss.demandLabel, xss.publisher]],
    ["/growth", [xss.growthRole, xss.publisher]],
    ["/pay", [xss.payCompany, xss.publisher]],
    ["/top-of-market", [xss.topPublisher.trim()]],
    [
      "/sources",
      [xss.title, xss.publisher, xss.methodology, xss.sourceUrl, xss.demandLabel, xss.quote],
    ],
  ];
  for (const [path, texts] of shown) {
    await page.goto(path);
    await expectHydrated(page);
    for (const text of texts) await expect(page.locator("main"), path).toContainText(text);
    await expectInert(page, watch, path);
  }
  // The source link keeps the URL exactly, as an http(s) link.
  const hrefs = await page
    .locator("main a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs).toContain(xss.sourceUrl);

  // CSV downloads carry the text as data, as attachments the browser will not render.
  const csvs: [string, string[]][] = [
    ["/api/csv/demand/demand-vs-supply", [xss.demandLabel, xss.publisher, xss.note, xss.title]],
    ["/api/csv/growth/employment-projections", [xss.growthRole]],
    ["/api/csv/pay/pay-by-company", [xss.payCompany]],
  ];
  for (const [url, values] of csvs) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"], url).toContain("text/csv");
    expect(response.headers()["content-disposition"], url).toMatch(/^attachment;/);
    expect(response.headers()["x-content-type-options"], url).toBe("nosniff");
    const csv = await response.text();
    // The note's formula is prefixed with a quote: a spreadsheet shows it as text.
    for (const value of values) expect(csv, url).toContain(csvCell(value));
  }

  // The audit log shows the changes, payloads included, as text.
  await page.goto("/admin/audit");
  await expect(page.getByTestId("audit-list")).toContainText(xss.topPublisher.trim());
  await expectInert(page, watch, "/admin/audit");

  // Put the seeded datasets back as they were.
  for (const { url, old } of [hakia, recruiter]) {
    await page.goto(url);
    const details = page.getByRole("form", { name: "Dataset details" });
    await details.getByLabel("Title").fill(old.title);
    await details.getByLabel("Publisher").fill(old.publisher);
    await details.getByRole("button", { name: "Save details" }).click();
    await expect(details.getByTestId("dataset-form-status")).toHaveText("Saved.");
  }
  expect(watch.cspConsoleErrors()).toEqual([]);
});
