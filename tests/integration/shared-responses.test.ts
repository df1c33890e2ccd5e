import type { Database } from "@aiml/db";
import { sharedResponseKey, sharedResponses } from "@aiml/web/serving/routes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LEVELS_SLUG } from "./helpers/admin-fixtures";
import { type HttpApp, startHttpApp } from "./helpers/http-app";
import { procedureRequest } from "./helpers/trpc-http";

let app: HttpApp;
beforeAll(async () => {
  app = await startHttpApp();
});
afterAll(async () => {
  await app?.close();
});

const payDashboard = { page: "pay", filters: { comp: "all", highlight: [] } };
const GOOGLE_KEY = "total-comp.median.google";

/** A publish as the admin API makes it: the data and the shared revision in one transaction. */
async function publishGoogleMedian(db: Database, value: number) {
  await db.$transaction([
    db.dataPoint.updateMany({
      where: { key: GOOGLE_KEY, version: { publishedOf: { is: { slug: LEVELS_SLUG } } } },
      data: { value: String(value) },
    }),
    db.dataRevision.update({ where: { id: 1 }, data: { revision: { increment: 1 } } }),
  ]);
}

async function get(path: string, options: { input?: unknown; cookie?: string | null } = {}) {
  const response = await app.server.handle(procedureRequest(path, "query", options));
  return {
    status: response.status,
    cache: response.headers.get("x-cache"),
    body: await response.text(),
  };
}

describe("public market queries", () => {
  it("are answered from the first response's bytes until the next publish", async () => {
    const first = await get("market.dashboard", { input: payDashboard });
    const second = await get("market.dashboard", { input: payDashboard });
    expect([first.status, first.cache, second.status, second.cache]).toEqual([
      200,
      "MISS",
      200,
      "HIT",
    ]);
    expect(second.body).toBe(first.body);
    expect(first.body).toContain("344000");

    await publishGoogleMedian(app.t.db, 351000);
    const afterPublish = await get("market.dashboard", { input: payDashboard });
    expect(afterPublish.cache).toBe("MISS");
    expect(afterPublish.body).toContain("351000");
    expect(afterPublish.body).not.toContain("344000");
    expect((await get("market.dashboard", { input: payDashboard })).cache).toBe("HIT");

    await publishGoogleMedian(app.t.db, 344000);
    expect((await get("market.dashboard", { input: payDashboard })).body).toContain("344000");
  });

  it("are the same for every caller: a signed-in call gets the anonymous bytes", async () => {
    const anonymous = await get("market.sources");
    const signedIn = await get("market.sources", { cookie: app.cookies.user });
    expect(signedIn.cache).toBe("HIT");
    expect(signedIn.body).toBe(anonymous.body);
  });

  it("keep each input apart and never keep an error", async () => {
    const growth = await get("market.dashboard", { input: { ...payDashboard, page: "growth" } });
    const pay = await get("market.dashboard", { input: payDashboard });
    expect(growth.body).not.toBe(pay.body);

    const bad = { ...payDashboard, page: "no-such-page" };
    const first = await get("market.dashboard", { input: bad });
    const second = await get("market.dashboard", { input: bad });
    expect([first.status, first.cache, second.status, second.cache]).toEqual([
      400,
      "MISS",
      400,
      "MISS",
    ]);
  });
});

describe("everything else", () => {
  it("is never shared: calls that depend on the caller, mixed batches, mutations", async () => {
    const own = await get("scenario.list", { cookie: app.cookies.user });
    expect(own.status).toBe(200);
    expect(own.cache).toBeNull();
    const anonymous = await get("scenario.list");
    expect([anonymous.status, anonymous.cache]).toEqual([401, null]);

    const batch = await app.server.handle(
      new Request(
        `${procedureRequest("market.overview,scenario.list", "query").url}?batch=1&input=%7B%7D`,
        { headers: { cookie: app.cookies.user ?? "" } },
      ),
    );
    expect(batch.status).toBe(200);
    expect(batch.headers.get("x-cache")).toBeNull();

    const key = (path: string, init?: RequestInit) =>
      sharedResponseKey(new Request(`http://app/api/trpc/${path}`, init));
    expect(key("market.overview")).toBe("/api/trpc/market.overview");
    expect(key("market.overview,market.sources?batch=1")).toBe(
      "/api/trpc/market.overview,market.sources?batch=1",
    );
    expect(key("market.overview", { method: "POST" })).toBeNull();
    expect(key("market.overview", { headers: { "trpc-accept": "application/jsonl" } })).toBeNull();
    expect(key("system.health")).toBeNull();
    expect(key("admin.datasets.list")).toBeNull();
    expect(key("no.such.procedure")).toBeNull();
    expect(key("%")).toBeNull();
    expect(key("__proto__")).toBeNull();
  });

  it("is answered directly while the data revision cannot be read", async () => {
    const broken = (): Database => {
      throw new Error("database down");
    };
    let handled = 0;
    const handle = sharedResponses(broken, async () => {
      handled++;
      return new Response("answered", { status: 503 });
    });
    const response = await handle(procedureRequest("market.overview", "query"));
    expect([response.status, await response.text(), handled]).toEqual([503, "answered", 1]);
  });
});
