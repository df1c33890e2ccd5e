import { confirmFromMail, fill, PASSWORD, signUp, uniqueEmail } from "./helpers";
import { expect, test } from "./interactive-page";

test("the calculator reproduces the recruiter's offer: $905,000 a year", async ({ page }) => {
  await page.goto("/calculator");
  await fill(page, "Scenario name", "Recruiter's offer");
  await fill(page, "Base salary ($ per year)", "280,000");
  await fill(page, "Target bonus (% of base)", "0");
  await fill(page, "Signing bonus ($)", "500000");
  await fill(page, "Equity grant ($, value at grant)", "2000000");
  await page.getByLabel("Vesting schedule").selectOption("even4");
  await expect(page.getByTestId("annualized-total")).toHaveText("$905,000");
  await expect(page.getByTestId("year1-cash")).toHaveText("$780,000");
  await expect(page.getByTestId("caveats")).toContainText("signing");
});

test("bad input gets a message at the field and no results", async ({ page }) => {
  await page.goto("/calculator");
  await fill(page, "Base salary ($ per year)", "lots");
  await expect(page.getByText("The base salary must be a number")).toBeVisible();
  await page.getByLabel("Vesting schedule").selectOption("custom");
  await fill(page, "Custom schedule (% per year)", "50, 40");
  await expect(page.getByText("they add up to 90%")).toBeVisible();
  await expect(page.getByText("Fix the marked fields to see the results.")).toBeVisible();
});

test("the sign-up form checks its fields before sending anything", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/auth/")) requests.push(r.url());
  });
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  await page.getByLabel("Password").fill("x".repeat(129));
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at most 128 characters")).toBeVisible();
  expect(requests).toEqual([]);

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("someone@example.test");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your password")).toBeVisible();
  expect(requests).toEqual([]);
});

test("a sign-in form sent before its script runs keeps the password out of the URL", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ["/sign-in", "/sign-up"]) {
    await page.goto(path);
    await page.getByLabel("Email").fill("someone@example.test");
    await page.getByLabel("Password").fill(PASSWORD);
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.isNavigationRequest() && r.frame() === page.mainFrame()),
      page
        .getByRole("button", { name: path === "/sign-in" ? "Sign in" : "Create account" })
        .click(),
    ]);
    expect(request.method(), path).toBe("POST");
    expect(request.url(), path).not.toContain("password");
    expect(request.url(), path).not.toContain(encodeURIComponent(PASSWORD));
  }
  await context.close();
});

test("sign up keeps the scenario; save, reload, edit, compare, delete", async ({ page }) => {
  await page.goto("/calculator");
  await fill(page, "Scenario name", "Offer A");
  await fill(page, "Base salary ($ per year)", "250000");
  await page.getByRole("link", { name: "Sign up to save this scenario" }).click();
  await expect(page).toHaveURL(/\/sign-up\?next=(%2F|\/)calculator$/);
  const email = uniqueEmail();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("check-email")).toBeVisible();
  // The mailed link signs in and goes back to the calculator, whose draft waited.
  await confirmFromMail(page, email);
  await expect(page).toHaveURL(/\/calculator$/);
  await expect(page.getByLabel("Scenario name", { exact: true })).toHaveValue("Offer A");
  await expect(page.getByLabel("Base salary ($ per year)", { exact: true })).toHaveValue("250000");
  await page.getByRole("button", { name: "Save scenario" }).click();
  await expect(page).toHaveURL(/\/scenarios\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Offer A");

  await page.reload();
  await expect(page.getByLabel("Base salary ($ per year)", { exact: true })).toHaveValue("250000");
  await fill(page, "Base salary ($ per year)", "260000");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("save-status")).toHaveText("Saved.");
  await page.reload();
  await expect(page.getByLabel("Base salary ($ per year)", { exact: true })).toHaveValue("260000");

  await page.getByRole("button", { name: "Duplicate" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Copy of Offer A");

  await page.goto("/scenarios");
  const list = page.getByTestId("scenario-list");
  await expect(list.getByRole("row")).toHaveCount(3);
  await page.getByLabel("Compare Offer A").check();
  await page.getByLabel("Compare Copy of Offer A").check();
  await page.getByRole("link", { name: "Compare 2 scenarios" }).click();
  await expect(page.getByTestId("comparison-table")).toContainText("Year-1 cash");
  await expect(page.getByTestId("comparison-table")).toContainText("Copy of Offer A");

  await page.goto("/scenarios");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Delete Copy of Offer A" }).click();
  await expect(list.getByRole("row")).toHaveCount(2);
});

test("a save based on an old version reports a conflict instead of overwriting", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await signUp(first);
  await first.goto("/calculator");
  await fill(first, "Scenario name", "Shared");
  await first.getByRole("button", { name: "Save scenario" }).click();
  await expect(first).toHaveURL(/\/scenarios\/[^/]+$/);

  const second = await context.newPage();
  await second.goto(first.url());
  await fill(first, "Base salary ($ per year)", "111111");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByTestId("save-status")).toHaveText("Saved.");

  await fill(second, "Base salary ($ per year)", "222222");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByTestId("save-status")).toContainText("changed elsewhere");
  await second.reload();
  await expect(second.getByLabel("Base salary ($ per year)", { exact: true })).toHaveValue(
    "111111",
  );
  await context.close();
});

test("another user's scenario is not found", async ({ browser }) => {
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await signUp(ownerPage);
  await ownerPage.goto("/calculator");
  await ownerPage.getByRole("button", { name: "Save scenario" }).click();
  await expect(ownerPage).toHaveURL(/\/scenarios\/[^/]+$/);
  const url = ownerPage.url();

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUp(otherPage);
  const response = await otherPage.goto(url);
  expect(response?.status()).toBe(404);
  const csv = await otherPage.request.get(`${url.replace("/scenarios/", "/api/scenarios/")}/csv`);
  expect(csv.status()).toBe(404);
  await owner.close();
  await other.close();
});

test("sign-out ends the session; the signed-in area then asks to sign in", async ({ page }) => {
  await signUp(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/scenarios");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fscenarios/);
});

test("repeated failed sign-ins are rate-limited with a retry time", async ({ page, browser }) => {
  const context = await browser.newContext();
  const email = await signUp(await context.newPage());
  await context.close();

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Password").fill(`wrong password ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("auth-error")).toHaveText("The email or password is not right.");
  }
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("auth-error")).toContainText(
    "Too many failed sign-ins. Try again in 15 minutes",
  );
});
