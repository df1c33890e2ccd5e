import { createHash } from "node:crypto";
import { publicPagePaths } from "@aiml/domain";
import { type APIResponse, expect, test } from "@playwright/test";
import { expectHydrated, watchScripts } from "./browser-checks";
import { promoteToAdmin } from "./database";
import { signUp, uniqueEmail } from "./helpers";

const pages = publicPagePaths;

/** A CSP header as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

/** The sources a directive allows, falling back to default-src as browsers do. */
const effective = (csp: Map<string, string[]>, name: string) =>
  csp.get(name) ?? csp.get("default-src") ?? [];

/** The headers every response must carry, whatever it is. */
function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  // The browser tests run the production build.
  expect(headers["strict-transport-security"], what).toMatch(
    /^max-age=(\d{8,}); includeSubDomains$/,
  );
  expect(headers["x-request-id"], what).toMatch(/^[\w.:-]{1,128}$/);

  const policy = headers["content-security-policy"] ?? "";
  const csp = directives(policy);
  expect(csp.get("frame-ancestors"), what).toEqual(["'none'"]);
  expect(effective(csp, "object-src"), what).toEqual(["'none'"]);
  expect(["'self'", "'none'"], what).toContain(csp.get("base-uri")?.join(" "));
  expect(policy, what).not.toContain("unsafe-eval");
  expect(effective(csp, "script-src"), what).not.toContain("'unsafe-inline'");
  return csp;
}

test("pages get a fresh nonce CSP that Next puts on every script it renders", async ({
  request,
}) => {
  for (const path of [...pages, "/no-such-page"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(path === "/no-such-page" ? 404 : 200);
    const csp = expectSecurityHeaders(response, path);
    const scriptSrc = csp.get("script-src") ?? [];
    expect(scriptSrc, path).toContain("'strict-dynamic'");
    const nonce = scriptSrc.find((s) => s.startsWith("'nonce-"))?.slice(7, -1) ?? "";
    expect(nonce.length, path).toBeGreaterThanOrEqual(16);

    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    // Next inlines the stylesheets; the policy names each one's hash (or it carries the nonce).
    const styleSrc = csp.get("style-src") ?? [];
    expect(styleSrc, path).not.toContain("'unsafe-inline'");
    const styles = [...html.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style>/g)];
    expect(styles.length, path).toBeGreaterThan(0);
    for (const [, attributes, text] of styles) {
      const hash = `'sha256-${createHash("sha256")
        .update(text ?? "")
        .digest("base64")}'`;
      if (!attributes?.includes(`nonce="${nonce}"`)) expect(styleSrc, path).toContain(hash);
    }

    const again = expectSecurityHeaders(await request.get(path), path);
    expect(again.get("script-src"), `${path}: a new nonce per response`).not.toEqual(scriptSrc);
  }
});

test("API routes, static files, redirects and errors carry the headers too", async ({
  request,
}) => {
  const html = await (await request.get("/calculator")).text();
  const script = html.match(/\/_next\/static\/[^"]+\.js/)?.[0];
  const stylesheet = html.match(/\/_next\/static\/[^"]+\.css/)?.[0];
  expect(script).toBeTruthy();
  expect(stylesheet).toBeTruthy();

  const responses: [string, number][] = [
    ["/api/health", 200],
    ["/api/csv/pay/pay-by-company", 200],
    ["/api/csv/pay/no-such-chart", 404],
    ["/api/trpc/market.dimensions", 200],
    ["/api/trpc/scenario.list", 401],
    ["/api/auth/get-session", 200],
    ["/api/admin/import-template", 401],
    [script ?? "", 200],
    [stylesheet ?? "", 200],
    ["/_next/static/no-such-file.js", 404],
    ["/api/no-such-route", 404],
    ["/scenarios", 307],
  ];
  for (const [path, status] of responses) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    expectSecurityHeaders(response, path);
  }
});

test("a sane x-request-id is echoed; anything else is replaced", async ({ request }) => {
  const sane = await request.get("/api/health", { headers: { "x-request-id": "lb-1234.abc" } });
  expect(sane.headers()["x-request-id"]).toBe("lb-1234.abc");
  const unsafe = await request.get("/pay", { headers: { "x-request-id": "a b <c>" } });
  expect(unsafe.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test("every page hydrates with no CSP violation, and the CSP blocks injected scripts", async ({
  page,
}) => {
  const watch = await watchScripts(page);
  const visit = async (path: string) => {
    await page.goto(path);
    await expectHydrated(page);
    expect(await watch.violations(), path).toEqual([]);
  };
  for (const path of pages) await visit(path);

  // The signed-in area and the admin pages, hydrated with React Query.
  const email = await signUp(page, uniqueEmail("csp"), "/scenarios");
  await promoteToAdmin(email);
  for (const path of [
    "/scenarios",
    "/admin",
    "/admin/datasets/new",
    "/admin/users",
    "/admin/metrics",
    "/admin/audit",
  ]) {
    await visit(path);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  expect(watch.cspConsoleErrors()).toEqual([]);
  expect(watch.dialogs).toEqual([]);

  // The policy is enforced, not only sent: markup-level injections do not run. (Scripts the
  // page's own code adds are trusted under 'strict-dynamic'; that is how Next loads its chunks.)
  await page.goto("/pay");
  await expectHydrated(page);
  await page.evaluate(() => {
    document.body.insertAdjacentHTML(
      "beforeend",
      '<img src="/no-such-image.png" onerror="window.__handlerRan = true">' +
        '<a id="js-link" href="javascript:void(window.__urlRan = true)">x</a>',
    );
    document.getElementById("js-link")?.click();
  });
  await expect
    .poll(async () => (await watch.violations()).filter((v) => v.startsWith("script-src")))
    .toHaveLength(2);
  const ran = await page.evaluate(() => {
    const flags = window as unknown as Record<string, boolean>;
    return { handler: !!flags.__handlerRan, javascriptUrl: !!flags.__urlRan };
  });
  expect(ran).toEqual({ handler: false, javascriptUrl: false });
});

test("no GET changes state: sign-out and mutations refuse it", async ({ page }) => {
  const email = await signUp(page, uniqueEmail("get"), "/scenarios");
  for (const path of ["/api/sign-out", "/api/auth/sign-out"]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect([404, 405], path).toContain(response.status());
    expect(response.headers()["set-cookie"], path).toBeUndefined();
  }
  for (const path of ["scenario.create", "scenario.delete", "admin.datasets.create"]) {
    const input = encodeURIComponent(JSON.stringify({ json: { id: "x" } }));
    const response = await page.request.get(`/api/trpc/${path}?input=${input}`);
    expect(response.status(), path).toBe(405);
  }
  await page.goto("/scenarios");
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);
});
