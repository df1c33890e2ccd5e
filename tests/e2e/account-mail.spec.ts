import { expectHydrated } from "./browser-checks";
import { PASSWORD, signUp, uniqueEmail } from "./helpers";
import { expect, test } from "./interactive-page";
import { latestMail, linkTo } from "./mail";
import { useOwnClientAddress } from "./own-client-address";

useOwnClientAddress(test);

test("a sign-up is confirmed from the mailed link, which signs in; until then sign-in asks for it", async ({
  page,
}) => {
  const email = uniqueEmail("verify");
  await page.goto(`/sign-up?next=${encodeURIComponent("/scenarios/compare")}`);
  await expectHydrated(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("check-email")).toContainText(`We sent a mail to ${email}`);
  // Not signed in yet.
  await page.goto("/scenarios");
  await expect(page).toHaveURL(/\/sign-in\?next=/);

  // Signing in before confirming says so and sends the link again.
  await expectHydrated(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("auth-error")).toContainText("Confirm your email address first");
  const first = await latestMail(email, /confirm your email/i);
  await page.getByRole("button", { name: "Send the link again" }).click();
  await expect(page.getByTestId("auth-notice")).toContainText("We sent a new link");
  await expect
    .poll(async () => (await latestMail(email, /confirm your email/i)).text)
    .not.toBe(first.text);

  // The link's button confirms, signs in and goes on to the page the sign-up came from.
  const link = linkTo(first, "/verify-email");
  await page.goto(`${link.pathname}${link.search}`);
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page).toHaveURL(/\/scenarios\/compare$/);
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);
  await expect(page.getByTestId("verify-email-banner")).toHaveCount(0);
});

test("a sign-up with a registered email looks the same and mails its owner instead", async ({
  page,
  browser,
}) => {
  const email = await signUp(page, uniqueEmail("taken"));
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await stranger.goto("/sign-up");
  await expectHydrated(stranger);
  await stranger.getByLabel("Email").fill(email);
  await stranger.getByLabel("Password").fill("a stranger's passphrase");
  await stranger.getByRole("button", { name: "Create account" }).click();
  await expect(stranger.getByTestId("check-email")).toContainText(`We sent a mail to ${email}`);
  expect((await other.cookies()).filter((c) => c.name.includes("session"))).toEqual([]);

  const warning = await latestMail(email, /tried to create an account/i);
  expect(linkTo(warning, "/sign-in").pathname).toBe("/sign-in");
  expect(linkTo(warning, "/forgot-password").pathname).toBe("/forgot-password");
  await other.close();
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
