import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { expectHydrated } from "./browser-checks";
import { latestMail, linkTo } from "./mail";

export const PASSWORD = "a long enough password";

export const uniqueEmail = (prefix = "user") =>
  `${prefix}-${randomBytes(5).toString("hex")}@example.test`;

/**
 * A sign-up as a person makes it: the form, which says to check the inbox, then the mailed
 * link, whose button confirms the address and signs in on `next`.
 */
export async function signUp(page: Page, email = uniqueEmail(), next = "/scenarios") {
  await page.goto(`/sign-up?next=${encodeURIComponent(next)}`);
  // The form is live once hydrated (its scripts start after the first paint).
  await expectHydrated(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("check-email")).toContainText(email);
  await confirmFromMail(page, email);
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);
  return email;
}

/** Opens the latest confirmation mail's link to the app and presses its Confirm button. */
export async function confirmFromMail(page: Page, email: string) {
  const link = linkTo(await latestMail(email, /confirm your email/i), "/verify-email");
  await page.goto(`${link.pathname}${link.search}`);
  await page.getByRole("button", { name: "Confirm my email" }).click();
}

/** Fills a calculator field by its label. */
export async function fill(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).fill(value);
}
