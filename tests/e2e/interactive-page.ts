import { test as base } from "@playwright/test";
import { expectHydrated } from "./browser-checks";

export { expect } from "@playwright/test";

/**
 * `test` whose `page` waits, after each navigation to a page of the app, until React has
 * hydrated it. Public pages start their scripts after the first paint, so a page can be seen
 * (and `goto` can return) a moment before its forms and links are live: these tests act as a
 * visitor who starts once the page responds, not within the same frame.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    const hydrated = async <T>(response: T) => {
      if (await page.locator("main").count()) await expectHydrated(page);
      return response;
    };
    page.goto = async (...args) => hydrated(await goto(...args));
    page.reload = async (...args) => hydrated(await reload(...args));
    await use(page);
  },
});
