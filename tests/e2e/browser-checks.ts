import { expect, type Page } from "@playwright/test";

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export interface ScriptWatch {
  /** Dialogs a payload opened (alerts, prompts); confirms the app asks are accepted. */
  dialogs: string[];
  /** Errors printed to the console (CSP refusals among them) and uncaught errors. */
  consoleErrors: string[];
  /** The console errors that are the CSP refusing something. */
  cspConsoleErrors(): string[];
  /** `securitypolicyviolation` events on the current page. */
  violations(): Promise<string[]>;
}

/**
 * Records what would show a script running where it should not, or the CSP refusing one of
 * the app's own: alerts, CSP violation events and console errors. Call before the first goto.
 */
export async function watchScripts(page: Page): Promise<ScriptWatch> {
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];
  page.on("dialog", async (dialog) => {
    if (dialog.type() === "confirm") return dialog.accept();
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations?.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"}`);
    });
  });
  return {
    dialogs,
    consoleErrors,
    cspConsoleErrors: () =>
      consoleErrors.filter((e) =>
        /Content Security Policy|Refused to (execute|load|apply)/i.test(e),
      ),
    violations: () => page.evaluate(() => window.__cspViolations ?? []),
  };
}

/** Waits until React has hydrated the page's main content (its DOM nodes carry fibers). */
export async function expectHydrated(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const main = document.querySelector("main");
          return !!main && Object.keys(main).some((key) => key.startsWith("__reactFiber"));
        }),
      { timeout: 15_000 },
    )
    .toBe(true);
}
