import { expect, test } from "@playwright/test";

test("the overview is rendered on the server with seeded figures and their sources", async ({
  request,
}) => {
  const response = await request.get("/");
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain("$206,000");
  expect(html).toContain("$260,750");
  expect(html).toContain("Levels.fyi");
});

test("the overview shows each headline figure with its source", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("AI/ML job market");

  const averageSalary = page.getByTestId("headline-average-salary");
  await expect(averageSalary).toContainText("$206,000");
  await expect(averageSalary).toContainText("$50,000");

  await expect(page.getByTestId("headline-median-total-comp")).toContainText("$260,750");
  await expect(page.getByTestId("headline-median-total-comp")).toContainText("Levels.fyi");
  await expect(page.getByTestId("headline-projected-growth")).toContainText("26%");
  await expect(page.getByTestId("headline-projected-growth")).toContainText(
    "Bureau of Labor Statistics",
  );
  await expect(page.getByTestId("headline-demand-supply")).toContainText("3.2 : 1");
  await expect(page.getByTestId("headline-postings-growth")).toContainText("163%");
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
});
