import { PASSWORD, signUp, uniqueEmail } from "./helpers";
import { expect, test } from "./interactive-page";
import { latestMail, linkTo } from "./mail";
import { useOwnClientAddress } from "./own-client-address";

useOwnClientAddress(test);

test("a new account confirms its email from the mailed link", async ({ page }) => {
  const email = await signUp(page, uniqueEmail("verify"));
  await expect(page.getByTestId("verify-email-banner")).toContainText(email);

  const mail = await latestMail(email, /confirm your email/i);
  await page.goto(
    linkTo(mail, "/verify-email")
      .toString()
      .replace(/^https?:\/\/[^/]+/, ""),
  );
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByTestId("email-verified")).toBeVisible();

  await page.goto("/scenarios");
  await expect(page.getByTestId("verify-email-banner")).toHaveCount(0);
});

test("a forgotten password is reset through the mailed link, which signs out every session", async ({
  page,
  browser,
}) => {
  const email = await signUp(page, uniqueEmail("reset"));

  const other = await browser.newContext();
  const visitor = await other.newPage();
  await visitor.goto("/sign-in");
  await visitor.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(visitor).toHaveURL(/\/forgot-password$/);
  await visitor.getByLabel("Email").fill(email);
  await visitor.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(visitor.getByTestId("reset-requested")).toBeVisible();

  const mail = await latestMail(email, /reset your password/i);
  const link = linkTo(mail, "/reset-password");
  await visitor.goto(`${link.pathname}${link.search}`);
  const newPassword = "a completely new passphrase";
  await visitor.getByLabel("New password").fill(newPassword);
  await visitor.getByRole("button", { name: "Set new password" }).click();
  await expect(visitor.getByTestId("password-reset-done")).toBeVisible();

  // The session that was signed in before the reset is over.
  await page.goto("/scenarios");
  await expect(page).toHaveURL(/\/sign-in\?next=/);

  // The link works once.
  await visitor.goto(`${link.pathname}${link.search}`);
  await visitor.getByLabel("New password").fill("yet another passphrase");
  await visitor.getByRole("button", { name: "Set new password" }).click();
  await expect(visitor.getByTestId("auth-error")).toContainText("expired or was already used");

  // The old password is refused, the new one works.
  await visitor.goto("/sign-in");
  await visitor.getByLabel("Email").fill(email);
  await visitor.getByLabel("Password").fill(PASSWORD);
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor.getByTestId("auth-error")).toBeVisible();
  await visitor.getByLabel("Password").fill(newPassword);
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor.getByTestId("signed-in-as")).toHaveText(email);
  await other.close();
});
