import http from "node:http";
import zlib from "node:zlib";
import { publicPagePaths } from "@aiml/domain";
import { expect, test } from "@playwright/test";
import { expectHydrated } from "./browser-checks";
import { signUp, uniqueEmail } from "./helpers";

/** What a browser sends for a page it navigates to. */
const asDocument = { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } };

const nonceOf = (policy: string | undefined) => policy?.match(/'nonce-([^']+)'/)?.[1] ?? "";

test("anonymous visitors get public pages rendered once, each with its own nonce", async ({
  request,
}) => {
  for (const path of publicPagePaths) {
    // Any earlier visit may have kept the page already; the second visit always finds it.
    await request.get(path, asDocument);
    const [first, second] = [
      await request.get(path, asDocument),
      await request.get(path, asDocument),
    ];
    expect([first.status(), second.status()], path).toEqual([200, 200]);
    expect(second.headers()["x-cache"], path).toBe("HIT");

    const nonceA = nonceOf(first.headers()["content-security-policy"]);
    const nonceB = nonceOf(second.headers()["content-security-policy"]);
    expect(nonceA.length, path).toBeGreaterThanOrEqual(16);
    expect(nonceB, `${path}: a new nonce per response`).not.toBe(nonceA);
    const [htmlA, htmlB] = [await first.text(), await second.text()];
    expect(htmlB).toContain(`nonce="${nonceB}"`);
    expect(htmlB, `${path}: no other response's nonce`).not.toContain(nonceA);
    expect(htmlB.replaceAll(nonceB, "N"), path).toBe(htmlA.replaceAll(nonceA, "N"));
  }
});

test("signed-in visitors and client navigations get pages rendered for them", async ({
  page,
  request,
}) => {
  const email = await signUp(page, uniqueEmail("shared"), "/pay");
  const own = await page.request.get("/pay", asDocument);
  expect(own.headers()["x-cache"]).toBeUndefined();
  expect(await own.text()).toContain(email);

  // The client router's fetches (RSC) and anything else that does not ask for a document.
  await request.get("/pay", asDocument);
  const navigation = await request.get("/pay", { headers: { rsc: "1", accept: "*/*" } });
  expect(navigation.status()).toBe(200);
  expect(navigation.headers()["x-cache"]).toBeUndefined();
  expect(navigation.headers()["content-type"]).toContain("text/x-component");

  expect(
    (await request.get("/pay", { headers: { accept: "*/*" } })).headers()["x-cache"],
  ).toBeUndefined();

  // Query strings are part of what is kept: each filter gets its own page.
  await request.get("/pay?comp=base", asDocument);
  const filtered = await request.get("/pay?comp=base", asDocument);
  expect(filtered.headers()["x-cache"]).toBe("HIT");
  expect(await filtered.text()).toMatch(/<option [^>]*value="base" selected=""/);
  expect(await (await request.get("/pay", asDocument)).text()).toMatch(
    /<option [^>]*value="all" selected=""/,
  );
});

test("an anonymous visitor's links between kept pages navigate on the client", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const documents: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "document") documents.push(new URL(r.url()).pathname);
  });
  await page.goto("/demand");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demand and supply");
  // Kept pages start their scripts after the first paint: a click before hydration is a
  // plain link, which is right for a visitor but not what this test is about.
  await expectHydrated(page);
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Pay" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pay");
  expect(
    await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
  ).toBe(true);
  expect(documents).toEqual(["/demand"]);
  await context.close();
});

/** The raw response, not decoded: what the server put on the wire. */
function rawGet(url: string, headers: Record<string, string>, method = "GET") {
  return new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const request = http.request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on("error", reject).end();
  });
}

test("kept pages go out gzipped to clients that take gzip, as they are to the others", async ({
  baseURL,
}) => {
  const url = `${baseURL}/demand`;
  const accept = "text/html,application/xhtml+xml";
  await rawGet(url, { accept });
  const plain = await rawGet(url, { accept });
  const gzipped = await rawGet(url, { accept, "accept-encoding": "gzip, deflate, br" });
  const refused = await rawGet(url, { accept, "accept-encoding": "gzip;q=0, identity" });
  expect([plain, gzipped, refused].map((r) => r.headers["x-cache"])).toEqual(["HIT", "HIT", "HIT"]);
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(refused.headers["content-encoding"]).toBeUndefined();
  expect(gzipped.headers["content-encoding"]).toBe("gzip");
  expect(gzipped.headers.vary).toMatch(/accept-encoding/i);
  expect(Number(gzipped.headers["content-length"])).toBe(gzipped.body.length);
  expect(gzipped.body.length).toBeLessThan(plain.body.length / 3);

  const html = (body: Buffer, policy: string | string[] | undefined) =>
    body.toString("utf8").replaceAll(nonceOf(String(policy)), "N");
  const unzipped = zlib.gunzipSync(gzipped.body);
  expect(html(unzipped, gzipped.headers["content-security-policy"])).toBe(
    html(plain.body, plain.headers["content-security-policy"]),
  );

  const head = await rawGet(url, { accept, "accept-encoding": "gzip" }, "HEAD");
  expect(head.headers["x-cache"]).toBe("HIT");
  expect(head.body.length).toBe(0);
});
