import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { expectHydrated } from "./browser-checks";

export const PASSWORD = "a long enough password";

export const uniqueEmail = (prefix = "user") =>
  `${prefix}-${randomBytes(5).toString("hex")}@example.test`;

export async function signUp(page: Page, email = uniqueEmail(), next = "/scenarios") {
  await page.goto(`/sign-up?next=${encodeURIComponent(next)}`);
  // The form is live once hydrated (its scripts start after the first paint).
  await expectHydrated(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);
  return email;
}

/** Fills a calculator field by its label. */
export async function fill(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).fill(value);
}
