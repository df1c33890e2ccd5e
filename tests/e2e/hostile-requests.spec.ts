import net from "node:net";
import { expect, test } from "@playwright/test";
import { expectHydrated } from "./browser-checks";
import { signUp, uniqueEmail } from "./helpers";
import { latestMail, linkTo } from "./mail";

// Requests a browser would never make, or would make only from another site, against the
// production server (apps/web/src/serving/server.ts in front of Next).

const port = Number(process.env.E2E_PORT ?? 3199);

// A client address of this file's own (the server trusts loopback's X-Forwarded-For): its
// sign-ups do not use up the per-client sign-up limit of the worker's other specs.
test.use({
  extraHTTPHeaders: { "x-forwarded-for": `192.0.2.${1 + Math.floor(Math.random() * 254)}` },
});

interface RawAnswer {
  status: number;
  headers: Map<string, string>;
  body: string;
  /** Milliseconds until the server closed the connection, or null if it did not. */
  closedAfterMs: number | null;
}

/**
 * Sends `head` (and `body`, if any) as it is over a new connection and reads the answer until
 * the server closes the connection or `waitMs` pass.
 */
function raw(head: string, body = "", waitMs = 5_000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(port, "127.0.0.1");
    let data = "";
    let closedAfterMs: number | null = null;
    const finish = () => {
      socket.destroy();
      const [headPart = "", ...rest] = data.split("\r\n\r\n");
      const [statusLine = "", ...lines] = headPart.split("\r\n");
      const headers = new Map(
        lines.map((line) => {
          const at = line.indexOf(":");
          return [line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()];
        }),
      );
      resolve({
        status: Number(statusLine.split(" ")[1]),
        headers,
        body: rest.join("\r\n\r\n"),
        closedAfterMs,
      });
    };
    const timer = setTimeout(finish, waitMs);
    socket.on("data", (chunk) => {
      data += chunk.toString("latin1");
    });
    socket.on("close", () => {
      closedAfterMs = Date.now() - started;
      clearTimeout(timer);
      finish();
    });
    socket.on("error", reject);
    socket.write(head + body);
  });
}

const request = (method: string, target: string, extra = "") =>
  raw(
    `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n${extra}\r\n`,
  );

function expectUsualHeaders(answer: RawAnswer, what: string) {
  expect(answer.headers.get("x-content-type-options"), what).toBe("nosniff");
  expect(answer.headers.get("content-security-policy"), what).toMatch(/frame-ancestors 'none'/);
  expect(answer.headers.get("referrer-policy"), what).toBe("strict-origin-when-cross-origin");
}

test.describe("malformed requests", () => {
  for (const [what, method, target, status] of [
    ["a broken %-escape in a page's path segment", "GET", "/scenarios/%ZZ", 400],
    ["a broken %-escape in an API path", "GET", "/api/scenarios/%ZZ/csv", 400],
    ["a truncated UTF-8 escape", "GET", "/scenarios/%E0%A4%A", 400],
    ["a NUL in a query value", "GET", "/demand?role=%00", 400],
    ["a NUL in a CSV download's query", "GET", "/api/csv/demand/x?role=a%00b", 400],
    ["a NUL in a query name", "GET", "/pay?lev%00el=x", 400],
    ["TRACE", "TRACE", "/", 405],
    ["TRACK", "TRACK", "/", 405],
    ["a made-up method", "FOO", "/", 405],
  ] as const) {
    test(`${what}: ${status} with the usual headers and a plain page`, async () => {
      const answer = await request(method, target);
      expect(answer.status, what).toBe(status);
      expectUsualHeaders(answer, what);
      expect(answer.headers.get("content-type")).toMatch(/^text\/plain/);
      expect(answer.body).not.toMatch(/\bat \S+ \(|node_modules|\.next\//);
    });
  }
});

test("a stray % in a query is read leniently, as browsers send it: the page answers", async () => {
  const answer = await request("GET", "/demand?role=100%");
  expect(answer.status).toBe(200);
  expectUsualHeaders(answer, "a stray %");
});

test.describe("redirects after sign-in", () => {
  test("a signed-in visitor is never sent to another site by `next`", async ({ page, baseURL }) => {
    await signUp(page);
    for (const next of [
      "%2F%09%2Fevil.example",
      "%2F%0A%2Fevil.example",
      "%2F%5Cevil.example",
      "%2F.%2F%2Fevil.example",
      "https%3A%2F%2Fevil.example",
      "%01",
      "%2Fscenarios%00",
      "%2F%7F%2Fevil.example",
    ]) {
      for (const path of ["/sign-in", "/sign-up"]) {
        const response = await page.goto(`${path}?next=${next}`);
        expect(response?.status(), `${path} ${next}`).toBeLessThan(500);
        expect(new URL(page.url()).origin, `${path} ${next}`).toBe(baseURL);
      }
    }
  });
});

test.describe("cross-site posts", () => {
  test("a sign-out posted from another site is refused and the visitor stays signed in", async ({
    page,
  }) => {
    const email = await signUp(page);
    const crossSite: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const headers of crossSite) {
      const answer = await page.request.post("/api/sign-out", { headers, maxRedirects: 0 });
      expect(answer.status()).toBe(403);
    }
    await page.goto("/scenarios");
    await expect(page.getByTestId("signed-in-as")).toHaveText(email);
  });

  test("tRPC mutations and uploads from another site are refused", async ({ page }) => {
    await signUp(page);
    const evil = { origin: "https://evil.example", "content-type": "application/json" };
    const mutation = await page.request.post("/api/trpc/scenario.create", {
      headers: evil,
      data: { json: { inputs: { name: "x" } } },
    });
    expect(mutation.status()).toBe(403);
    const upload = await page.request.post("/api/admin/datasets/x/import/preview", {
      headers: { ...evil, "content-type": "application/octet-stream" },
      data: "key,label\n",
    });
    expect(upload.status()).toBe(403);
  });
});

test.describe("request bodies", () => {
  // Over a raw socket: the server answers before the body is read and closes the connection, so
  // a client still writing the 10 MB would see the socket closed instead of the answer.
  test("a 10 MB tRPC body is a 413", async () => {
    const answer = await raw(
      [
        "POST /api/trpc/scenario.create HTTP/1.1",
        `Host: 127.0.0.1:${port}`,
        "Content-Type: application/json",
        `Content-Length: ${10 * 1024 * 1024}`,
        "",
        "",
      ].join("\r\n"),
      `{"json":"${"x".repeat(1024)}`,
      10_000,
    );
    expect(answer.status).toBe(413);
  });

  test("an anonymous upload declaring 40 MB is refused at once and its connection freed", async () => {
    const answer = await raw(
      [
        "POST /api/admin/datasets/x/import/preview HTTP/1.1",
        `Host: 127.0.0.1:${port}`,
        "Content-Type: application/octet-stream",
        `Content-Length: ${40 * 1024 * 1024}`,
        "",
        "",
      ].join("\r\n"),
      "k".repeat(1024),
      10_000,
    );
    expect(answer.status).toBe(401);
    // Closed by the server well before its keep-alive or request timeouts.
    expect(answer.closedAfterMs).not.toBeNull();
    expect(answer.closedAfterMs ?? Infinity).toBeLessThan(5_000);
  });
});

test("the development mail outbox does not exist in the production build", async ({ request }) => {
  for (const path of ["/dev/outbox", "/dev/outbox?page=1"]) {
    const answer = await request.get(path, { maxRedirects: 0 });
    expect(answer.status(), path).toBe(404);
    expect(await answer.text(), path).not.toMatch(/Outbox \(development\)/);
  }
});

test.describe("sign-up with a registered email", () => {
  test("answers exactly as a new one, JSON or form post: status, headers, no cookie, body", async ({
    page,
    request,
    baseURL,
  }) => {
    const taken = await signUp(page);
    const fresh = uniqueEmail("fresh");
    const send = async (email: string, form: boolean) => {
      const fields = { email, password: "a stranger's long passphrase", name: "Mallory" };
      // A client with no cookies (the page's own is signed in).
      const answer = await request.fetch("/api/auth/sign-up/email", {
        method: "POST",
        headers: { origin: baseURL ?? "" },
        ...(form ? { form: fields } : { data: fields }),
        maxRedirects: 0,
      });
      const perRequest = new Set(["date", "x-request-id", "content-length"]);
      return {
        status: answer.status(),
        headers: answer
          .headersArray()
          .filter(({ name }) => !perRequest.has(name.toLowerCase()))
          .map(({ name, value }) => `${name.toLowerCase()}: ${value}`)
          .sort(),
        body: (await answer.text())
          .replaceAll(email, "<email>")
          .replace(/"id":"[^"]+"/, '"id":"<id>"')
          .replace(/"(createdAt|updatedAt)":"[^"]+"/g, '"$1":"<time>"'),
      };
    };
    for (const form of [false, true]) {
      const [a, b] = [await send(fresh.replace("@", `-${form}@`), form), await send(taken, form)];
      expect(b, form ? "form post" : "JSON").toEqual(a);
      expect(a.status).toBe(200);
      expect(a.headers.filter((h) => h.startsWith("set-cookie"))).toEqual([]);
    }
    const warning = await latestMail(taken, /tried to create an account/i);
    expect(linkTo(warning, "/forgot-password").pathname).toBe("/forgot-password");
  });
});

test.describe("passwords", () => {
  test("a common password is refused at sign-up with a clear message", async ({ page }) => {
    await page.goto("/sign-up");
    await expectHydrated(page);
    await page.getByLabel("Email").fill(uniqueEmail());
    await page.getByLabel("Password").fill("password12");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByTestId("auth-error")).toContainText("most common");
    await page.getByLabel("Password").fill(" ".repeat(12));
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("The password cannot be only spaces")).toBeVisible();
  });
});

test.describe("client addresses (TRUSTED_PROXIES=loopback)", () => {
  test("rotating the left of X-Forwarded-For does not reset the per-client sign-in limit", async ({
    request,
  }) => {
    const client = `198.18.0.${1 + Math.floor(Math.random() * 254)}`;
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const answer = await request.post("/api/auth/sign-in/email", {
        headers: { "x-forwarded-for": `203.0.113.${i + 1}, ${client}` },
        data: { email: uniqueEmail("nobody"), password: "not the password" },
      });
      statuses.push(answer.status());
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});
