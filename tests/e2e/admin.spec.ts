import { expect } from "@playwright/test";
import { checkCsv, createDataset, csvFile, test } from "./admin-helpers";
import { signUp, uniqueEmail } from "./helpers";
import { enableTwoFactorByApi } from "./two-factor";

const LEVELS_TITLE = "Levels.fyi: ML engineer compensation at major tech companies";
const GOOGLE_KEY = "total-comp.median.google";

const row = (key: string, value: string | number) => ({
  key,
  label: `E2E figure ${key}`,
  metric: "base_salary",
  statistic: "median",
  unit: "usd_per_year",
  value,
  role: "ML engineer",
  year: 2025,
});

test("an admin changes a published figure, publishes it, and rolls it back", async ({
  adminPage: page,
  request: visitor,
}) => {
  // A long flow: edit, publish, check three pages and an export, roll back, check again.
  test.slow();
  // An anonymous visitor's /pay is kept from one rendering until the next publish.
  const visitorPay = async () => {
    const response = await visitor.get("/pay", { headers: { accept: "text/html" } });
    return { cache: response.headers()["x-cache"], html: await response.text() };
  };
  await visitorPay();
  expect(await visitorPay()).toMatchObject({ cache: "HIT" });
  expect((await visitorPay()).html).toContain("median $344,000");

  await page.goto("/admin");
  await page.getByTestId("dataset-list").getByRole("link", { name: LEVELS_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(LEVELS_TITLE);
  const datasetUrl = page.url();

  await page.getByRole("button", { name: "Start editing" }).click();
  await page
    .getByTestId("draft-rows")
    .getByRole("button", { name: `Edit ${GOOGLE_KEY}`, exact: true })
    .click();
  const dialog = page.getByRole("dialog", { name: `Edit row ${GOOGLE_KEY}` });
  await expect(dialog.getByLabel("Value", { exact: true })).toHaveValue("344000");
  await dialog.getByLabel("Value", { exact: true }).fill("350000");
  await dialog.getByRole("button", { name: "Update row" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("unsaved-count")).toHaveText("1 unsaved change");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("draft-status")).toContainText("Saved: 1 changed, 0 added");

  await page.getByLabel("Publish note (optional)").fill("Google median corrected");
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: /^Publish version \d+$/ }).click();
  await expect(page.getByTestId("draft-status")).toContainText(/Published version \d+/);

  await page.goto("/pay");
  const companies = page.getByTestId("chart-pay-by-company");
  await expect(companies).toContainText("median $350,000");
  const published = await visitorPay();
  expect(published.html).toContain("median $350,000");
  expect(published.html).not.toContain("median $344,000");

  // The history: the two newest versions differ in that one value; roll back to the older.
  await page.goto(datasetUrl);
  const versions = page.getByTestId("version-list");
  await versions.getByRole("checkbox").nth(0).check();
  await versions.getByRole("checkbox").nth(1).check();
  const diff = page.getByTestId("version-diff");
  await expect(diff).toContainText("1 changed, 0 added, 0 removed");
  await expect(diff.getByRole("row", { name: /value/ })).toContainText("344000");
  await expect(diff.getByRole("row", { name: /value/ })).toContainText("350000");

  page.once("dialog", (d) => d.accept());
  await versions
    .getByRole("button", { name: /Roll back to this version/ })
    .first()
    .click();
  // Generous: the large-import test beside this one keeps both cores busy.
  await expect(page.getByTestId("versions-status")).toContainText(/Rolled back: version \d+/, {
    timeout: 30_000,
  });

  await page.goto("/pay");
  await expect(companies).toContainText("median $344,000");
  await expect(companies).not.toContainText("$350,000");
  expect((await visitorPay()).html).toContain("median $344,000");

  // Each version exports as CSV in the import format.
  await page.goto(datasetUrl);
  const exportHref = await versions
    .getByRole("link", { name: /Export CSV/ })
    .first()
    .getAttribute("href");
  const exported = await page.request.get(exportHref ?? "");
  expect(exported.status()).toBe(200);
  expect(await exported.text()).toContain(
    `${GOOGLE_KEY},"Median total comp, ML engineers at Google",total_comp,median,usd_per_year,344000,`,
  );

  // The audit log, filtered to this dataset in the URL, has both changes with the note.
  const datasetId = datasetUrl.split("/").pop() ?? "";
  await page.goto(`/admin/audit?dataset=${datasetId}`);
  await expect(page.getByLabel("Dataset")).toHaveValue(datasetId);
  const audit = page.getByTestId("audit-list");
  await expect(audit.getByRole("listitem").first()).toContainText(
    "Rolled back to an earlier version",
  );
  await expect(audit).toContainText("Google median corrected");
});

test("a CSV import reports a bad row by number, then a clean file is applied", async ({
  adminPage: page,
}) => {
  // The form checks fields in the browser before anything is sent, then the API checks too.
  await page.goto("/admin/datasets/new");
  await page.getByLabel("Source URL (optional)").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Create dataset" }).click();
  await expect(page.getByText("Must be an http(s) URL")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Title")).toBeFocused();
  await page.getByLabel("Title").fill("Taken slug");
  await page.getByLabel("Publisher").fill("E2E publisher");
  await page.getByLabel("Slug").fill("levels-fyi-ml-engineers-2025");
  await page.getByLabel("Source URL (optional)").fill("https://example.com/");
  await page.getByLabel("As of", { exact: true }).fill("2025-06-30");
  await page.getByRole("button", { name: "Create dataset" }).click();
  await expect(page.getByLabel("Slug")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("dataset-form-status")).toContainText(
    'Another dataset already uses the slug "levels-fyi-ml-engineers-2025"',
  );

  await createDataset(page, "E2E import dataset");
  const template = await page.request.get("/api/admin/import-template");
  expect(template.status()).toBe(200);
  expect(template.headers()["content-type"]).toContain("text/csv");
  const header = (await template.text()).split("\r\n")[0] ?? "";
  expect(header).toContain("key,label,metric,statistic,unit,value");

  await checkCsv(
    page,
    "figures.csv",
    csvFile(header, [row("e2e.base.one", 200000), row("e2e.base.two", "lots")]),
  );
  await expect(page.getByTestId("import-issues")).toContainText('Row 3, value: "lots"');
  await expect(page.getByTestId("import-preview")).toContainText("cannot be imported");
  await expect(page.getByRole("button", { name: "Apply import" })).toHaveCount(0);

  await checkCsv(
    page,
    "figures.csv",
    csvFile(header, [row("e2e.base.one", 200000), row("e2e.base.two", 210000)]),
  );
  await expect(page.getByTestId("import-changes")).toContainText("2 added");
  await page.getByRole("button", { name: "Apply import" }).click();
  await expect(page.getByTestId("import-status")).toContainText("Imported figures.csv: 2 added");
  await expect(page.getByTestId("draft-row-count")).toHaveText("2");
  await expect(page.getByTestId("draft-rows")).toContainText("$210,000");
});

test("a large CSV import shows how far it has got, then applies every row", async ({
  adminPage: page,
}) => {
  test.setTimeout(120_000);
  const url = await createDataset(page, "E2E large import dataset");
  const datasetId = url.split("/").at(-1) ?? "";
  const header = "key,label,metric,statistic,unit,value,company";
  const rows = Array.from(
    { length: 60_000 },
    (_, i) =>
      `e2e.large.${i},Base salary ${i},base_salary,median,usd_per_year,${100_000 + i},Co ${i}`,
  );
  const content = Buffer.from(`${[header, ...rows].join("\n")}\n`);

  await page
    .getByLabel("CSV file", { exact: true })
    .setInputFiles({ name: "large.csv", mimeType: "text/csv", buffer: content });
  await page.getByRole("button", { name: "Check file" }).click();
  // A measured stage (upload, reading, comparing) with its share done, not just a spinner.
  await expect(page.getByTestId("import-stage")).toHaveText(/\d+%|[\d,]+ of [\d,]+/);
  // Checking 60,000 rows takes seconds, more when other tests share the two cores.
  const slow = { timeout: 60_000 };
  await expect(page.getByTestId("import-preview")).toContainText("large.csv: 60,000 rows", slow);
  await expect(page.getByTestId("import-changes")).toContainText("60000 added");
  await page.getByRole("button", { name: "Apply import" }).click();
  await expect(page.getByTestId("import-status")).toContainText(
    "Imported large.csv: 60000 added",
    slow,
  );
  await expect(page.getByTestId("draft-row-count")).toHaveText("60,000", slow);

  // The upload route itself: the body must be the file's bytes, with the draft named.
  const route = `/api/admin/datasets/${datasetId}/import`;
  const wrongType = await page.request.post(`${route}/preview`, {
    headers: { "content-type": "application/json" },
    data: { content: "x" },
  });
  expect(wrongType.status()).toBe(415);
  // The route reads its query with the procedure's own bounds: a revision past Postgres's
  // integer is a 400 before a byte of the body is read.
  const hugeRevision = await page.request.post(`${route}/commit?draftId=any&revision=99999999999`, {
    headers: { "content-type": "application/octet-stream" },
    data: content.subarray(0, 100),
  });
  expect(hugeRevision.status()).toBe(400);
  expect((await hugeRevision.json()).error).toContain("revision");
  const noDraft = await page.request.post(`${route}/commit`, {
    headers: { "content-type": "application/octet-stream" },
    data: content.subarray(0, 100),
  });
  expect(noDraft.status()).toBe(400);
  expect((await noDraft.json()).error).toContain("draftId");
});

test("a save based on an old draft shows both versions and overwrites nothing", async ({
  adminPage: first,
}) => {
  const url = await createDataset(first, "E2E conflict dataset");
  await first.getByRole("button", { name: "Add row" }).click();
  const add = first.getByRole("dialog", { name: "Add a row" });
  await add.getByLabel("Key").fill("e2e.shared");
  await add.getByLabel("Label").fill("Shared row");
  await add.getByLabel("Metric").selectOption("base_salary");
  await add.getByLabel("Value", { exact: true }).fill("100000");
  await add.getByRole("button", { name: "Add row" }).click();
  await first.getByRole("button", { name: "Save draft" }).click();
  await expect(first.getByTestId("draft-status")).toContainText("Saved: 0 changed, 1 added");

  const second = await first.context().newPage();
  await second.goto(url);
  for (const [page, value] of [
    [first, "111111"],
    [second, "222222"],
  ] as const) {
    await page.getByRole("button", { name: "Edit e2e.shared", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Edit row e2e.shared" });
    await dialog.getByLabel("Value", { exact: true }).fill(value);
    await dialog.getByRole("button", { name: "Update row" }).click();
  }
  // While a save is on its way, rows cannot be edited: the save would drop such edits.
  let releaseSave = () => {};
  const saveHeld = new Promise<void>((resolve) => {
    releaseSave = resolve;
  });
  await first.route("**/api/trpc/admin.drafts.save*", async (route) => {
    await saveHeld;
    await route.continue();
  });
  await first.getByRole("button", { name: "Save draft" }).click();
  await expect(first.getByRole("button", { name: "Saving…" })).toBeDisabled();
  await expect(first.getByRole("button", { name: "Edit e2e.shared", exact: true })).toBeDisabled();
  await expect(first.getByRole("button", { name: "Add row" })).toBeDisabled();
  releaseSave();
  await expect(first.getByTestId("draft-status")).toContainText("Saved: 1 changed");
  await expect(first.getByRole("button", { name: "Edit e2e.shared", exact: true })).toBeEnabled();

  await second.getByRole("button", { name: "Save draft" }).click();
  const conflict = second.getByTestId("draft-conflict");
  await expect(conflict).toContainText("This draft was changed");
  const valueRow = conflict.getByRole("row", { name: /value/ });
  await expect(valueRow).toContainText("222222");
  await expect(valueRow).toContainText("111111");
  await conflict.getByRole("button", { name: "Reload the draft" }).click();
  await expect(second.getByTestId("draft-rows")).toContainText("$111,111");
  await expect(second.getByTestId("unsaved-count")).toHaveText("No unsaved changes");
});

test("an admin promotes a user on the Users page, then demotes them", async ({
  adminPage: admin,
  browser,
}) => {
  const userContext = await browser.newContext();
  const user = await userContext.newPage();
  const email = await signUp(user, uniqueEmail("promoted"), "/");

  await admin.goto("/admin/users");
  const promote = admin.getByRole("button", { name: `Promote ${email}`, exact: true });
  const loadMore = admin.getByRole("button", { name: "Load more" });
  // Oldest accounts first, 50 a page: other tests' accounts may come before this one.
  for (;;) {
    await expect(promote.or(loadMore).first()).toBeVisible();
    if (await promote.isVisible()) break;
    await loadMore.click();
  }
  await promote.click();
  await expect(admin.getByTestId("users-status")).toHaveText(`${email} is now an admin.`);
  // A new admin is asked to turn on two-factor authentication first.
  await user.goto("/admin");
  await expect(user.getByRole("heading", { level: 1 })).toHaveText(
    "Turn on two-factor authentication",
  );
  await enableTwoFactorByApi(user);
  await user.goto("/admin");
  await expect(user.getByRole("heading", { level: 1 })).toHaveText("Datasets");

  admin.once("dialog", (d) => d.accept());
  await admin.getByRole("button", { name: `Demote ${email}`, exact: true }).click();
  await expect(admin.getByTestId("users-status")).toHaveText(`${email} is now a regular user.`);
  await user.reload();
  await expect(user.getByRole("heading", { level: 1 })).toHaveText("Admins only");
  await userContext.close();
});

test("a regular user gets 'Admins only' and no admin content or downloads", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin/);

  await signUp(page, uniqueEmail(), "/");
  await expect(page.getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);
  for (const path of [
    "/admin",
    "/admin/users",
    "/admin/audit",
    "/admin/datasets/new",
    "/admin/metrics",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Admins only");
    await expect(page.getByRole("navigation", { name: "Admin" })).toHaveCount(0);
    await expect(page.getByTestId("dataset-list")).toHaveCount(0);
    await expect(page.getByRole("table")).toHaveCount(0);
  }
  const template = await page.request.get("/api/admin/import-template");
  expect(template.status()).toBe(403);
  const trpc = await page.request.get("/api/trpc/admin.datasets.list");
  expect(trpc.status()).toBe(403);
  const upload = await page.request.post("/api/admin/datasets/any/import/preview", {
    headers: { "content-type": "application/octet-stream" },
    data: Buffer.from("key,label\n"),
  });
  expect(upload.status()).toBe(403);
});

test("an admin puts a defined metric on a dashboard from the metrics page", async ({
  adminPage: page,
}) => {
  await page.goto("/admin/metrics");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Metrics");
  const row = page.getByRole("row").filter({ hasText: "hourly_wage" });
  await expect(row).toContainText("none");
  await row.getByRole("button", { name: "Edit hourly_wage" }).click();
  const form = page.getByRole("form", { name: "Save hourly_wage" });
  await form.getByLabel("Dashboard").selectOption("pay");
  await form.getByLabel("Default filters (JSON)").fill("{not json");
  await form.getByRole("button", { name: "Save hourly_wage" }).click();
  await expect(form.getByRole("alert")).toContainText("must be a JSON object");
  await form.getByLabel("Default filters (JSON)").fill('{"socCode": "15-1252"}');
  await form.getByRole("button", { name: "Save hourly_wage" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(page.getByRole("row").filter({ hasText: "hourly_wage" })).toContainText("pay");
  // Put it back: other tests read the pay page.
  await page.getByRole("button", { name: "Edit hourly_wage" }).click();
  const again = page.getByRole("form", { name: "Save hourly_wage" });
  await again.getByLabel("Dashboard").selectOption("");
  await again.getByRole("button", { name: "Save hourly_wage" }).click();
  await expect(page.getByRole("row").filter({ hasText: "hourly_wage" })).toContainText("none");
});

test("a dashboard's charts follow the metric definitions: an admin reorders them and moves one", async ({
  adminPage: page,
  browser,
}) => {
  // Three edits and eight page loads, each after a new data revision.
  test.setTimeout(90_000);
  // Read as an anonymous visitor gets the pages (the kept copies, renewed by the edit).
  const visitor = await browser.newPage();
  const chartsOf = async (path: string) => {
    await visitor.goto(path);
    return visitor
      .locator('section[data-testid^="chart-"]')
      .evaluateAll((sections) => sections.map((s) => s.getAttribute("data-testid")));
  };
  const edit = async (changes: { dashboard?: string; order?: string }) => {
    await page.goto("/admin/metrics");
    await page.getByRole("button", { name: "Edit annual_openings" }).click();
    const form = page.getByRole("form", { name: "Save annual_openings" });
    if (changes.dashboard !== undefined)
      await form.getByLabel("Dashboard").selectOption(changes.dashboard);
    if (changes.order !== undefined) await form.getByLabel("Order on the page").fill(changes.order);
    await form.getByRole("button", { name: "Save annual_openings" }).click();
    await expect(page.getByRole("status")).toHaveText("Saved.");
  };

  const demand = await chartsOf("/demand");
  // Seeded order: postings_index (trend, map), sector_postings_index, annual_openings; the
  // picked state's trend shows only with a state in the URL.
  expect(demand.slice(0, 4)).toEqual([
    "chart-postings-trend",
    "chart-postings-by-state",
    "chart-sector-postings",
    "chart-annual-openings",
  ]);
  const growth = await chartsOf("/growth");
  expect(growth).not.toContain("chart-annual-openings");

  await edit({ order: "5" });
  expect((await chartsOf("/demand"))[0]).toBe("chart-annual-openings");

  await edit({ dashboard: "growth" });
  expect(await chartsOf("/demand")).not.toContain("chart-annual-openings");
  expect(await chartsOf("/growth")).toEqual(["chart-annual-openings", ...growth]);

  // Put it back as seeded: other tests read these pages.
  await edit({ dashboard: "demand", order: "40" });
  expect(await chartsOf("/demand")).toEqual(demand);
  expect(await chartsOf("/growth")).toEqual(growth);
  await visitor.close();
});
