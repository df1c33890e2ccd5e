import type { Page } from "@playwright/test";
import { expectHydrated } from "./browser-checks";
import { promoteToAdmin } from "./database";
import { PASSWORD, signUp, uniqueEmail } from "./helpers";
import { expect, test } from "./interactive-page";
import { useOwnClientAddress } from "./own-client-address";
import { authenticatorFor } from "./two-factor";

async function signInWithPassword(page: Page, email: string) {
  await page.goto("/sign-in?next=/scenarios");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The code is asked for on a page of its own, once the password was right.
  await expect(page).toHaveURL(/\/sign-in\/two-factor\?next=%2Fscenarios$/);
  await expect(page.getByTestId("two-factor-step")).toBeVisible();
  await expectHydrated(page);
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

useOwnClientAddress(test);

test("two-factor authentication: set up on the account page, then asked for at sign-in", async ({
  page,
}) => {
  const email = await signUp(page, uniqueEmail("totp"));
  await page.getByTestId("signed-in-as").getByRole("link").click();
  await expect(page).toHaveURL(/\/account$/);

  await page.getByLabel("Your password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
  await expect(page.getByTestId("totp-qr-code").locator("svg")).toBeVisible();
  await page.getByText("Can't scan? Enter the setup key instead").click();
  const totp = authenticatorFor((await page.getByTestId("totp-uri").textContent()) ?? "");
  const backupCodes = await page.getByTestId("backup-codes").locator("li").allTextContents();
  expect(backupCodes).toHaveLength(10);

  await page.getByLabel("Code from the app").fill("12345");
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page.getByText("Enter the 6 digits from the app")).toBeVisible();
  await page.getByLabel("Code from the app").fill(totp.generate());
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page.getByTestId("two-factor-on")).toBeVisible();

  // Sign in again: the password alone is not enough; a wrong code is refused.
  await signOut(page);
  await signInWithPassword(page, email);
  const wrong = totp.generate() === "000000" ? "111111" : "000000";
  await page.getByLabel("Authentication code").fill(wrong);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("That code is not right. Try again.")).toBeVisible();
  await page.getByLabel("Authentication code").fill(totp.generate());
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);

  // A backup code works once.
  const backup = backupCodes[0] ?? "";
  const useBackupCode = async () => {
    await signOut(page);
    await signInWithPassword(page, email);
    await page.getByRole("button", { name: "Use a backup code instead" }).click();
    await page.getByLabel("Backup code").fill(backup);
    await page.getByRole("button", { name: "Verify" }).click();
  };
  await useBackupCode();
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);
  await useBackupCode();
  await expect(page.getByText("That code is not right. Try again.")).toBeVisible();
});

test("an admin without two-factor authentication is sent to set it up", async ({ page }) => {
  const email = await signUp(page, uniqueEmail("admin-no-2fa"));
  await promoteToAdmin(email);
  await page.goto("/admin");
  await expect(page.getByTestId("admin-needs-two-factor")).toContainText(
    "Admins must turn on two-factor authentication first",
  );
  await page.getByRole("link", { name: "Set it up on your account page" }).click();
  await expect(page).toHaveURL(/\/account#two-factor$/);
  // The API refuses too, whatever the page shows.
  const response = await page.request.get("/api/trpc/admin.datasets.list");
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("two-factor authentication");
});
