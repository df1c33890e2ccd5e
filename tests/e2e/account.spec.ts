import fs from "node:fs";
import { type Browser, type BrowserContext, expect as baseExpect } from "@playwright/test";
import { expectHydrated } from "./browser-checks";
import { queryTestDatabase } from "./database";
import { confirmFromMail, fill, PASSWORD, signUp, uniqueEmail } from "./helpers";
import { expect, test } from "./interactive-page";
import { useOwnClientAddress } from "./own-client-address";

useOwnClientAddress(test);

const FIREFOX_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

/** Signs the account in from another browser (a context of its own, another user agent). */
async function signInElsewhere(browser: Browser, email: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    userAgent: FIREFOX_LINUX,
    extraHTTPHeaders: { "x-forwarded-for": `192.0.2.${1 + Math.floor(Math.random() * 254)}` },
  });
  const page = await context.newPage();
  await page.goto("/sign-in?next=/scenarios");
  await expectHydrated(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await baseExpect(page.getByTestId("signed-in-as")).toHaveText(email);
  return context;
}

async function isSignedIn(context: BrowserContext): Promise<boolean> {
  const page = await context.newPage();
  await page.goto("/scenarios");
  const signedIn = !/\/sign-in/.test(page.url());
  await page.close();
  return signedIn;
}

test("the account page lists the sessions and signs other devices out", async ({
  page,
  browser,
}) => {
  const email = await signUp(page, uniqueEmail("sessions"));
  const laptop = await signInElsewhere(browser, email);

  await page.goto("/account");
  const sessions = page.getByTestId("session");
  await expect(sessions).toHaveCount(2);
  await expect(sessions.filter({ hasText: "This device" })).toHaveCount(1);
  const other = sessions.filter({ hasText: "Firefox 128 on Linux" });
  await expect(other).toHaveCount(1);
  await other.getByRole("button", { name: "Sign out" }).click();
  await expect(sessions).toHaveCount(1);
  expect(await isSignedIn(laptop)).toBe(false);

  const [phone, tablet] = [
    await signInElsewhere(browser, email),
    await signInElsewhere(browser, email),
  ];
  await page.reload();
  await expect(sessions).toHaveCount(3);
  await page.getByRole("button", { name: "Sign out all other sessions (2)" }).click();
  await expect(sessions).toHaveCount(1);
  expect(await isSignedIn(phone)).toBe(false);
  expect(await isSignedIn(tablet)).toBe(false);
  // This one stays signed in.
  await page.goto("/scenarios");
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);
  for (const context of [laptop, phone, tablet]) await context.close();
});

test("a user downloads their data, then deletes the account with their password", async ({
  page,
}) => {
  await page.goto("/calculator");
  await fill(page, "Scenario name", "Offer to export");
  await fill(page, "Base salary ($ per year)", "250000");
  await page.getByRole("link", { name: "Sign up to save this scenario" }).click();
  const email = uniqueEmail("data");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("check-email")).toBeVisible();
  // The mailed link signs in and goes back to the calculator, whose draft waited.
  await confirmFromMail(page, email);
  await expect(page).toHaveURL(/\/calculator$/);
  await page.getByRole("button", { name: "Save scenario" }).click();
  await expect(page).toHaveURL(/\/scenarios\/[^/]+$/);

  await page.goto("/account");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download everything we hold about you (JSON)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^aiml-account-\d{4}-\d{2}-\d{2}\.json$/);
  const text = fs.readFileSync((await download.path()) ?? "", "utf8");
  const data = JSON.parse(text);
  expect(data.account.email).toBe(email);
  expect(data.scenarios.map((s: { name: string }) => s.name)).toEqual(["Offer to export"]);
  expect(data.scenarios[0].inputs.baseSalaryCents).toBe(25_000_000);
  expect(text).not.toMatch(/"(password|token|secret|backupCodes)"/);

  const { rows } = await queryTestDatabase(`SELECT id FROM "user" WHERE email = $1`, [email]);
  const userId = rows[0]?.id as string;
  await page.getByLabel("Your password (to delete the account)").fill("not my password");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("That password is not right.")).toBeVisible();
  await page.getByLabel("Your password (to delete the account)").fill(PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  const after = await queryTestDatabase(
    `SELECT (SELECT count(*) FROM "user" WHERE id = $1)::int AS users,
            (SELECT count(*) FROM "Scenario" WHERE "userId" = $1)::int AS scenarios,
            (SELECT count(*) FROM "session" WHERE "userId" = $1)::int AS sessions,
            (SELECT count(*) FROM "AuditLog" WHERE action = 'user.delete' AND "entityId" = $1
               AND "actorEmail" IS NULL)::int AS audited`,
    [userId],
  );
  expect(after.rows[0]).toEqual({ users: 0, scenarios: 0, sessions: 0, audited: 1 });
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("auth-error")).toBeVisible();
});
