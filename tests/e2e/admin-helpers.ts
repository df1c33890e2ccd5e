import { type BrowserContext, test as base, expect, type Page } from "@playwright/test";
import { promoteToAdmin } from "./database";
import { signUp, uniqueEmail } from "./helpers";
import { enableTwoFactorByApi } from "./two-factor";

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/**
 * Makes the page's signed-in account an admin as a person would: promotion (as
 * `pnpm admin:promote` does), then two-factor authentication, which admins need.
 */
export async function becomeAdmin(page: Page, email: string): Promise<void> {
  await promoteToAdmin(email);
  await enableTwoFactorByApi(page);
}

/** Signs up a new account in this page's browser context and makes it an admin. */
export async function signUpAdmin(page: Page): Promise<string> {
  const email = await signUp(page, uniqueEmail("admin"), "/");
  await becomeAdmin(page, email);
  return email;
}

/**
 * `adminPage`: a signed-in admin in a fresh browser context. The account is made once per
 * worker (sign-ups are rate-limited per client), each test gets its own context and its own
 * data (a new dataset, or the one seeded dataset only the publish test changes).
 */
export const test = base.extend<{ adminPage: Page }, { adminState: StorageState }>({
  adminState: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      await signUpAdmin(await context.newPage());
      const state = await context.storageState();
      await context.close();
      await use(state);
    },
    { scope: "worker" },
  ],
  adminPage: async ({ browser, adminState }, use) => {
    const context = await browser.newContext({ storageState: adminState });
    await use(await context.newPage());
    await context.close();
  },
});

/** Creates a dataset through the form and waits for its page; returns the page's URL. */
export async function createDataset(page: Page, title: string): Promise<string> {
  const slug = `e2e-${uniqueEmail("ds").slice(3, 13)}`;
  await page.goto("/admin/datasets/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Publisher").fill("E2E publisher");
  await page.getByLabel("Slug").fill(slug);
  await page.getByLabel("Source URL (optional)").fill("https://example.com/report");
  await page.getByLabel("As of", { exact: true }).fill("2025-06-30");
  await page.getByRole("button", { name: "Create dataset" }).click();
  await expect(page).toHaveURL(/\/admin\/datasets\/(?!new)[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return page.url();
}

/** A CSV file in the template's columns, one line per row (cells not given are blank). */
export function csvFile(header: string, rows: Record<string, string | number>[]): Buffer {
  const columns = header.split(",");
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = rows.map((row) => columns.map((c) => quote(String(row[c] ?? ""))).join(","));
  return Buffer.from(`${[header, ...lines].join("\r\n")}\r\n`);
}

/** Chooses a CSV file, checks it, and waits for the preview. */
export async function checkCsv(page: Page, name: string, content: Buffer) {
  await page
    .getByLabel("CSV file", { exact: true })
    .setInputFiles({ name, mimeType: "text/csv", buffer: content });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByTestId("import-preview")).toBeVisible();
}
