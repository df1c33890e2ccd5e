import { appRouter, createCaller, createInnerContext } from "@aiml/api";
import { createPrismaClient, type Database } from "@aiml/db";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { scenarioInputsSchema } from "@aiml/domain";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkIn } from "../mail/smtp-inbox";
import { type Caller, datasetIdOf, LEVELS_SLUG, metadata } from "./helpers/admin-fixtures";
import {
  authPost,
  confirmEmail,
  createTestAuth,
  freshIp,
  PASSWORD,
  sessionCookie,
  uniqueEmail,
} from "./helpers/auth-http";
import { createUserCaller } from "./helpers/users";

let t: TestDatabase;
/** The same database through a connection on which Postgres refuses every write. */
let readOnly: Database;
let admin: Awaited<ReturnType<typeof createUserCaller>>;
let ids: {
  datasetId: string;
  draftId: string;
  versionId: string;
  scenarios: string[];
  openData: { datasetId: string; versionId: string };
};

beforeAll(async () => {
  t = await createTestDatabase();
  const url = new URL(t.url);
  url.searchParams.set("options", "-c default_transaction_read_only=on");
  readOnly = createPrismaClient(url.toString(), { poolSize: 2 });
  admin = await createUserCaller(t, "admin");
  const inputs = scenarioInputsSchema.parse({ name: "Offer", baseSalaryCents: 200_000_00 });
  const scenarios = await Promise.all(
    [1, 2].map(async () => (await admin.caller.scenario.create({ inputs })).id),
  );
  const datasetId = await datasetIdOf(t.db, LEVELS_SLUG);
  const draft = await admin.caller.admin.drafts.start({ datasetId });
  const dataset = await admin.caller.admin.datasets.get({ id: datasetId });
  const fx = await t.db.dataset.findUniqueOrThrow({ where: { slug: "fed-fx-annual-usd" } });
  ids = {
    datasetId,
    draftId: draft.id,
    versionId: dataset.published?.versionId ?? "",
    scenarios,
    openData: { datasetId: fx.id, versionId: fx.publishedVersionId ?? "" },
  };
});
afterAll(async () => {
  await readOnly?.$disconnect();
  await t?.drop();
});

/** Every query (the only procedures tRPC serves over GET), with input that reaches the database. */
const queries: Record<string, (c: Caller) => Promise<unknown>> = {
  "system.health": (c) => c.system.health(),
  "account.overview": (c) => c.account.overview(),
  "account.sessions": (c) => c.account.sessions(),
  "account.exportData": (c) => c.account.exportData(),
  "market.overview": (c) => c.market.overview(),
  "market.dashboard": (c) => c.market.dashboard({ page: "pay" }),
  "market.dimensions": (c) => c.market.dimensions(),
  "market.sources": (c) => c.market.sources(),
  "scenario.list": (c) => c.scenario.list(),
  "scenario.get": (c) => c.scenario.get({ id: ids.scenarios[0] ?? "" }),
  "scenario.compare": (c) => c.scenario.compare({ ids: ids.scenarios }),
  "scenario.marketPosition": (c) => c.scenario.marketPosition({ id: ids.scenarios[0] ?? "" }),
  "scenario.exportCsv": (c) => c.scenario.exportCsv({ id: ids.scenarios[0] ?? "" }),
  "openData.timeSeries": (c) =>
    c.openData.timeSeries({
      dataset: "indeed-postings-us",
      metric: "postings_index",
      maxPoints: 100,
    }),
  "openData.distribution": (c) =>
    c.openData.distribution({
      dataset: "bls-oews-national-tech-wages",
      metric: "annual_wage",
      socCode: "15-2051",
    }),
  "openData.latestByState": (c) =>
    c.openData.latestByState({ dataset: "bea-rpp-states", metric: "rpp_all_items" }),
  "openData.fxRate": (c) => c.openData.fxRate({ currency: "EUR", year: 2024 }),
  "openData.priceParity": (c) => c.openData.priceParity({ state: "CA", year: 2023 }),
  "openData.oewsWages": (c) => c.openData.oewsWages({ socCode: "15-2051", year: 2024 }),
  "openData.projections": (c) => c.openData.projections({}),
  "openData.dimensions": (c) => c.openData.dimensions({ dataset: "fed-fx-annual-usd" }),
  "openData.pageMetrics": (c) => c.openData.pageMetrics({ page: "pay" }),
  "openData.vintages": (c) => c.openData.vintages(),
  "offer.calculatorData": (c) => c.offer.calculatorData(),
  "offer.officialWages": (c) => c.offer.officialWages({ socCode: "15-2051", area: "US" }),
  "scenario.brief": (c) => c.scenario.brief({ id: ids.scenarios[0] ?? "" }),
  "admin.metrics.list": (c) => c.admin.metrics.list(),
  "admin.audit.list": (c) => c.admin.audit.list({ datasetId: ids.datasetId }),
  "admin.datasets.list": (c) => c.admin.datasets.list(),
  "admin.datasets.get": (c) => c.admin.datasets.get({ id: ids.datasetId }),
  "admin.drafts.get": (c) => c.admin.drafts.get({ datasetId: ids.datasetId }),
  "admin.import.template": (c) => c.admin.import.template(),
  "admin.import.progress": (c) =>
    c.admin.import.progress({ progressId: "no-writes-on-get-progress" }),
  "admin.users.list": (c) => c.admin.users.list(),
  "admin.versions.list": (c) => c.admin.versions.list({ datasetId: ids.datasetId }),
  "admin.versions.diff": (c) =>
    c.admin.versions.diff({
      datasetId: ids.datasetId,
      fromVersionId: ids.versionId,
      toVersionId: ids.draftId,
    }),
  "admin.versions.exportCsv": (c) =>
    c.admin.versions.exportCsv({ datasetId: ids.datasetId, versionId: ids.versionId }),
  "admin.observations.list": (c) => c.admin.observations.list({ ...ids.openData, limit: 10 }),
  "admin.observations.exportPlan": (c) => c.admin.observations.exportPlan(ids.openData),
  "admin.breaks.list": (c) => c.admin.breaks.list(ids.openData),
  "admin.observations.diffExportPlan": (c) =>
    c.admin.observations.diffExportPlan({
      datasetId: ids.openData.datasetId,
      fromVersionId: ids.openData.versionId,
      toVersionId: ids.openData.versionId,
    }),
  "admin.observations.diff": (c) =>
    c.admin.observations.diff({
      datasetId: ids.openData.datasetId,
      fromVersionId: ids.openData.versionId,
      toVersionId: ids.openData.versionId,
    }),
};

const proceduresOfType = (type: "query" | "mutation") =>
  Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
    .filter(([, procedure]) => procedure._def.type === type)
    .map(([path]) => path)
    .sort();

/** What any write through the API would change. */
const snapshot = async () => ({
  datasets: await t.db.dataset.count(),
  versions: await t.db.datasetVersion.findMany({
    select: { id: true, revision: true, status: true },
    orderBy: { id: "asc" },
  }),
  points: await t.db.dataPoint.count(),
  audit: await t.db.auditLog.count(),
  scenarios: await t.db.scenario.findMany({
    select: { id: true, revision: true },
    orderBy: { id: "asc" },
  }),
  users: await t.db.user.findMany({ select: { id: true, role: true }, orderBy: { id: "asc" } }),
});

/** A tRPC request as /api/trpc receives it, from the admin. */
function trpcRequest(method: "GET" | "POST", path: string, input: unknown) {
  const json = JSON.stringify({ json: input });
  const req =
    method === "GET"
      ? new Request(`http://localhost/api/trpc/${path}?input=${encodeURIComponent(json)}`)
      : new Request(`http://localhost/api/trpc/${path}`, {
          method,
          headers: { "content-type": "application/json" },
          body: json,
        });
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    createContext: () => createInnerContext({ db: t.db, session: admin.session }),
  });
}

describe("no state change on GET", () => {
  it("has an entry here for every query of the router", () => {
    expect(Object.keys(queries).sort()).toEqual(proceduresOfType("query"));
  });

  it("runs every query on a read-only connection: none of them writes", async () => {
    // The connection really refuses writes, so a query that wrote would fail below.
    await expect(
      readOnly.user.update({ where: { id: admin.id }, data: { name: "changed" } }),
    ).rejects.toThrow(/read-only transaction/);
    const caller = createCaller(createInnerContext({ db: readOnly, session: admin.session }));
    for (const [path, call] of Object.entries(queries)) {
      await expect(call(caller), path).resolves.toBeDefined();
    }
  });

  it("answers GET on every mutation with 405 and runs none of them", async () => {
    const mutations = proceduresOfType("mutation");
    expect(mutations.length).toBeGreaterThan(10);
    const create = { metadata: metadata({ slug: "made-by-a-get" }) };
    const before = await snapshot();
    for (const path of mutations) {
      const input = path === "admin.datasets.create" ? create : { datasetId: ids.datasetId };
      expect((await trpcRequest("GET", path, input)).status, path).toBe(405);
    }
    expect(await snapshot()).toEqual(before);

    // The same call as a POST does write: the 405 above is the method's doing.
    expect((await trpcRequest("POST", "admin.datasets.create", create)).status).toBe(200);
    expect(await t.db.dataset.count()).toBe(before.datasets + 1);
  });

  it("offers no GET that signs in, signs up, signs out, confirms or changes an account", async () => {
    const a = createTestAuth(t, { baseURL: "http://localhost:3997" });
    const email = uniqueEmail();
    const signedUp = await authPost(
      a,
      "/sign-up/email",
      { email, password: PASSWORD, name: "Get" },
      { "x-forwarded-for": freshIp() },
    );
    expect(signedUp.status).toBe(200);
    // Better Auth's own confirmation is a GET that signs in: the app's route does not offer it
    // (its page confirms with a POST), so a link scanner with the token confirms nothing.
    const mail = await a.takeMail(email, /confirm your email/i);
    const token = linkIn(mail, `${a.baseURL}/verify-email?token=`).searchParams.get("token") ?? "";
    for (const path of ["verify-email", "verify-email/", "/verify-email"]) {
      const response = await a.handle(
        new Request(`${a.baseURL}/api/auth/${path}?token=${token}`, {
          headers: { "x-forwarded-for": freshIp() },
        }),
      );
      expect(response.status, path).toBe(404);
      expect(response.headers.getSetCookie(), path).toEqual([]);
    }
    expect((await t.db.user.findUniqueOrThrow({ where: { email } })).emailVerified).toBe(false);
    const cookie = sessionCookie(await confirmEmail(a, mail)) ?? "";

    const headers = { cookie, origin: a.baseURL, "x-forwarded-for": freshIp() };
    const users = await t.db.user.count();
    const query = new URLSearchParams({
      email,
      password: PASSWORD,
      newPassword: `${PASSWORD}!`,
      name: "x",
      token,
    });
    for (const path of [
      "sign-out",
      "sign-in/email",
      "sign-up/email",
      "update-user",
      "change-password",
      "change-email",
      "delete-user",
      "revoke-sessions",
      "revoke-other-sessions",
      "send-verification-email",
      "request-password-reset",
    ]) {
      const response = await a.handle(
        new Request(`${a.baseURL}/api/auth/${path}?${query}`, { headers }),
      );
      expect([404, 405], path).toContain(response.status);
      expect(response.headers.getSetCookie(), path).toEqual([]);
    }
    expect(await t.db.user.count()).toBe(users);
    const session = await a.getSession(new Headers(headers));
    expect(session?.user.email).toBe(email);
    expect((await t.db.user.findUniqueOrThrow({ where: { email } })).name).toBe("Get");
    await a.close();
  });
});
