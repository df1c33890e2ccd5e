import { randomUUID } from "node:crypto";
import type { Database } from "@aiml/db";
import { defaultScenarioInputs, importTemplateCsv } from "@aiml/domain";
import {
  type Caller,
  datasetIdOf,
  fileBytes,
  LEVELS_SLUG,
  metadata,
  point,
} from "./admin-fixtures";

export const personas = ["anonymous", "user", "otherUser", "admin"] as const;
/** `user` owns the scenarios the calls name; `otherUser` and `admin` own none of them. */
export type Persona = (typeof personas)[number];

export type Outcome = "OK" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_REQUEST";

export const httpStatusOf: Record<Outcome, number> = {
  OK: 200,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
};

type Access = Record<Persona, Outcome>;

const everyone: Access = { anonymous: "OK", user: "OK", otherUser: "OK", admin: "OK" };
const signedIn: Access = { anonymous: "UNAUTHORIZED", user: "OK", otherUser: "OK", admin: "OK" };
/** Another user's scenario, even an admin's look at it, is answered as if it did not exist. */
const ownerOnly: Access = {
  anonymous: "UNAUTHORIZED",
  user: "OK",
  otherUser: "NOT_FOUND",
  admin: "NOT_FOUND",
};
/**
 * Reached by every signed-in caller and refused on its input: account deletion, whose valid
 * input would delete the persona itself (its success is tested in account-data.test.ts).
 */
const signedInButRefused: Access = {
  anonymous: "UNAUTHORIZED",
  user: "BAD_REQUEST",
  otherUser: "BAD_REQUEST",
  admin: "BAD_REQUEST",
};
const adminsOnly: Access = {
  anonymous: "UNAUTHORIZED",
  user: "FORBIDDEN",
  otherUser: "FORBIDDEN",
  admin: "OK",
};

/**
 * What the calls act on. Each call that changes something gets a resource of its own, so the
 * cells do not depend on the order they run in, and an admin's call is valid and succeeds.
 */
export interface MatrixFixtures {
  db: Database;
  /** Set-up calls are made as these two, never as the persona under test. */
  owner: Caller;
  admin: Caller;
}

// Valid inputs give every optional field, so that the fuzz tests built on them reach each one.

/** A scenario with every field filled in. */
const fullScenario = (name: string) => ({
  ...defaultScenarioInputs,
  name,
  company: "OpenAI",
  level: "Senior",
  location: "San Francisco",
  signingSchedule: "split" as const,
  vestingSchedule: "custom" as const,
  customVestingPercents: [10, 20, 30, 40],
  refresherGrantCents: 5_000_000,
  equityPath: "custom" as const,
  equityGrowthPercent: 5,
});

/** A figure with every field filled in. */
const fullPoint = (key: string) =>
  point({
    key,
    role: "ML engineer",
    company: "OpenAI",
    industry: "Technology",
    level: "Senior",
    location: "United States",
    specialization: "NLP",
    skill: "PyTorch",
    education: "PhD",
    year: 2025,
    baseYear: 2024,
    note: "A note",
    quote: "A quote",
  });

const fullMetadata = (slug: string, title = "Test dataset") =>
  metadata({ slug, title, methodology: "How the figures were gathered" });

async function newScenario(f: MatrixFixtures): Promise<string> {
  const scenario = await f.owner.scenario.create({
    inputs: fullScenario(`Offer ${randomUUID().slice(0, 8)}`),
  });
  return scenario.id;
}

/** A session of the scenarios' owner (another device of theirs). */
async function ownerSession(f: MatrixFixtures): Promise<string> {
  const { userId } = await f.db.scenario.findUniqueOrThrow({ where: { id: await newScenario(f) } });
  const id = randomUUID();
  await f.db.session.create({
    data: { id, token: randomUUID(), userId, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  return id;
}

const uniqueSlug = () => `authz-${randomUUID().slice(0, 8)}`;
const uniqueMetricName = () => `authz_${randomUUID().slice(0, 8).replace(/-/g, "")}`;

/** A metric definition with every field filled in. */
const fullMetricDefinition = (name: string) => ({
  name,
  label: "A metric",
  unit: "index" as const,
  description: "What the metric measures",
  dashboard: "demand" as const,
  chartKind: "time_series" as const,
  defaultFilters: { postingsType: "total", state: ["US", "CA"] },
  sortOrder: 5,
});

async function newMetricDefinition(f: MatrixFixtures): Promise<string> {
  const created = await f.admin.admin.metrics.create({
    definition: fullMetricDefinition(uniqueMetricName()),
  });
  return created.id;
}

/** A new dataset with an empty draft (version 1). */
async function newDataset(f: MatrixFixtures) {
  const slug = uniqueSlug();
  const created = await f.admin.admin.datasets.create({ metadata: fullMetadata(slug) });
  const draft = await f.admin.admin.drafts.start({ datasetId: created.id });
  return { datasetId: created.id, slug, draftId: draft.id, revision: draft.revision };
}

/** A new dataset whose draft holds one figure, ready to publish. */
async function datasetWithFilledDraft(f: MatrixFixtures) {
  const dataset = await newDataset(f);
  const saved = await f.admin.admin.drafts.save({
    datasetId: dataset.datasetId,
    draftId: dataset.draftId,
    revision: dataset.revision,
    changes: { upsert: [point({ key: "authz.point" })], delete: [] },
  });
  if (saved.status !== "saved") throw new Error(`The fixture's figure is invalid: ${saved.issues}`);
  return { ...dataset, revision: saved.revision };
}

/** A new dataset with version 1 superseded by version 2 and no draft open. */
async function datasetWithHistory(f: MatrixFixtures) {
  const dataset = await datasetWithFilledDraft(f);
  await f.admin.admin.drafts.publish(dataset);
  const second = await f.admin.admin.drafts.start({ datasetId: dataset.datasetId });
  await f.admin.admin.drafts.publish({
    datasetId: dataset.datasetId,
    draftId: second.id,
    revision: second.revision,
  });
  return {
    datasetId: dataset.datasetId,
    firstVersionId: dataset.draftId,
    lastVersionId: second.id,
  };
}

async function levelsPublished(f: MatrixFixtures) {
  const datasetId = await datasetIdOf(f.db, LEVELS_SLUG);
  const dataset = await f.admin.admin.datasets.get({ id: datasetId });
  return { datasetId, versionId: dataset.published?.versionId ?? "" };
}

/** The published version of an open-data dataset (observations, not figures). */
async function fxPublished(f: MatrixFixtures) {
  const dataset = await f.db.dataset.findUniqueOrThrow({ where: { slug: "fed-fx-annual-usd" } });
  return { datasetId: dataset.id, versionId: dataset.publishedVersionId ?? "" };
}

/** Two versions of it to compare (the published one with itself: valid, and nothing differs). */
async function fxPair(f: MatrixFixtures) {
  const { datasetId, versionId } = await fxPublished(f);
  return { datasetId, fromVersionId: versionId, toVersionId: versionId };
}

const matrixBreak = {
  at: "2024-05-01",
  dimension: "socCode" as const,
  fromCodes: ["15-2051"],
  toCodes: ["15-2051", "15-2052"],
  description: "A break made by the authorization matrix",
};

/** The open draft of the OEWS national dataset (started if needed) at its current revision. */
async function oewsDraft(f: MatrixFixtures) {
  const dataset = await f.db.dataset.findUniqueOrThrow({
    where: { slug: "bls-oews-national-tech-wages" },
  });
  const draft = await f.admin.admin.drafts.start({ datasetId: dataset.id });
  return { datasetId: dataset.id, draftId: draft.id, revision: draft.revision };
}

/** A break of its own in that draft, and the draft's revision after it. */
async function oewsDraftBreak(f: MatrixFixtures) {
  const ref = await oewsDraft(f);
  const created = await f.admin.admin.breaks.create({ ...ref, break: matrixBreak });
  return { ...ref, revision: created.revision, breakId: created.break?.id ?? 0 };
}

export interface MatrixEntry {
  /** Valid input for the call (built fresh for every call). */
  input?: (f: MatrixFixtures) => Promise<unknown> | unknown;
  access: Access;
}

/**
 * Every procedure of the router × every kind of caller, with the outcome each must get. A
 * procedure added to the router without an entry here fails the authorization tests.
 */
export const authorizationMatrix: Record<string, MatrixEntry> = {
  "system.health": { access: everyone },

  "account.overview": { access: signedIn },
  "account.totpQrCode": {
    input: () => ({
      uri: "otpauth://totp/AI%2FML%20Job%20Market:someone%40example.test?issuer=AI%2FML%20Job%20Market&secret=JBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30",
    }),
    access: signedIn,
  },
  "account.sessions": { access: signedIn },
  "account.revokeSession": {
    input: async (f) => ({ id: await ownerSession(f) }),
    access: ownerOnly,
  },
  // No input; sent as `{}`, as a body is (the HTTP tests' empty body is not valid JSON).
  "account.revokeOtherSessions": { input: () => ({}), access: signedIn },
  "account.exportData": { access: signedIn },
  "account.deleteAccount": {
    input: () => ({ password: "not the password of anyone" }),
    access: signedInButRefused,
  },

  "market.overview": { access: everyone },
  "market.dashboard": {
    input: () => ({
      page: "pay",
      filters: { comp: "base", level: "senior", sort: "value-desc", highlight: ["OpenAI"] },
    }),
    access: everyone,
  },
  "market.dimensions": { access: everyone },
  "market.sources": { access: everyone },

  "offer.calculatorData": { access: everyone },
  "offer.officialWages": { input: () => ({ socCode: "15-1252", area: "US" }), access: everyone },

  "openData.timeSeries": {
    input: () => ({
      dataset: "indeed-postings-us",
      metric: "postings_index",
      filters: { postingsType: "total", seasonalAdjustment: ["sa", "nsa"] },
      from: "2024-01-01",
      to: "2024-12-31",
      bucket: "month",
      aggregate: "mean",
      statistic: "value",
      maxPoints: 100,
      maxSeries: 10,
    }),
    access: everyone,
  },
  "openData.distribution": {
    input: () => ({
      dataset: "bls-oews-national-tech-wages",
      metric: "annual_wage",
      socCode: "15-2051",
      state: "US",
      from: "2014-01-01",
      to: "2024-12-31",
    }),
    access: everyone,
  },
  "openData.latestByState": {
    input: () => ({
      dataset: "indeed-postings-us-states",
      metric: "postings_index",
      filters: { postingsType: "total" },
      statistic: "value",
      at: "2025-06-30",
    }),
    access: everyone,
  },
  "openData.dimensions": {
    input: () => ({ dataset: "bls-oews-state-tech-wages-2023", metric: "annual_wage" }),
    access: everyone,
  },
  "openData.fxRate": { input: () => ({ currency: "EUR", year: 2023 }), access: everyone },
  "openData.priceParity": { input: () => ({ state: "CA", year: 2023 }), access: everyone },
  "openData.oewsWages": {
    input: () => ({ socCode: "15-2051", state: "CA", year: 2023 }),
    access: everyone,
  },
  "openData.projections": { input: () => ({ socCodes: ["15-2051"] }), access: everyone },
  "openData.pageMetrics": { input: () => ({ page: "demand" }), access: everyone },
  "openData.vintages": { access: everyone },

  "scenario.list": { access: signedIn },
  "scenario.create": {
    input: () => ({ inputs: fullScenario("New offer") }),
    access: signedIn,
  },
  "scenario.get": { input: async (f) => ({ id: await newScenario(f) }), access: ownerOnly },
  "scenario.update": {
    input: async (f) => ({
      id: await newScenario(f),
      revision: 0,
      inputs: fullScenario("Changed"),
    }),
    access: ownerOnly,
  },
  "scenario.rename": {
    input: async (f) => ({ id: await newScenario(f), revision: 0, name: "Renamed" }),
    access: ownerOnly,
  },
  "scenario.duplicate": { input: async (f) => ({ id: await newScenario(f) }), access: ownerOnly },
  "scenario.delete": { input: async (f) => ({ id: await newScenario(f) }), access: ownerOnly },
  "scenario.compare": {
    input: async (f) => ({ ids: [await newScenario(f), await newScenario(f)] }),
    access: ownerOnly,
  },
  "scenario.marketPosition": {
    input: async (f) => ({ id: await newScenario(f) }),
    access: ownerOnly,
  },
  "scenario.exportCsv": { input: async (f) => ({ id: await newScenario(f) }), access: ownerOnly },
  "scenario.brief": { input: async (f) => ({ id: await newScenario(f) }), access: ownerOnly },

  "admin.audit.list": {
    input: async (f) => {
      const entry = await f.db.auditLog.findFirst({ orderBy: { createdAt: "desc" } });
      return {
        actorId: entry?.actorId ?? "nobody",
        datasetId: await datasetIdOf(f.db, LEVELS_SLUG),
        action: "draft.start",
        from: new Date("2020-01-01T00:00:00Z"),
        to: new Date(Date.now() + 86_400_000),
        cursor: entry?.id ?? "none",
        limit: 20,
      };
    },
    access: adminsOnly,
  },
  "admin.datasets.list": { access: adminsOnly },
  "admin.datasets.get": {
    input: async (f) => ({ id: await datasetIdOf(f.db, LEVELS_SLUG) }),
    access: adminsOnly,
  },
  "admin.datasets.create": {
    input: () => ({ metadata: fullMetadata(uniqueSlug()) }),
    access: adminsOnly,
  },
  "admin.datasets.update": {
    input: async (f) => {
      const { datasetId, slug } = await newDataset(f);
      return { id: datasetId, metadata: fullMetadata(slug, "Renamed dataset") };
    },
    access: adminsOnly,
  },
  "admin.drafts.get": {
    input: async (f) => ({ datasetId: await datasetIdOf(f.db, LEVELS_SLUG), offset: 1, limit: 50 }),
    access: adminsOnly,
  },
  "admin.drafts.start": {
    input: async (f) => {
      const { datasetId } = await datasetWithHistory(f);
      return { datasetId };
    },
    access: adminsOnly,
  },
  "admin.drafts.save": {
    input: async (f) => {
      const { datasetId, draftId, revision } = await newDataset(f);
      return {
        datasetId,
        draftId,
        revision,
        changes: { upsert: [fullPoint("authz.saved")], delete: [] },
        note: "Saved in a test",
      };
    },
    access: adminsOnly,
  },
  "admin.drafts.discard": {
    input: async (f) => {
      const { datasetId, draftId, revision } = await newDataset(f);
      return { datasetId, draftId, revision };
    },
    access: adminsOnly,
  },
  "admin.drafts.publish": {
    input: async (f) => {
      const { datasetId, draftId, revision } = await datasetWithFilledDraft(f);
      return { datasetId, draftId, revision, note: "Published in a test" };
    },
    access: adminsOnly,
  },
  "admin.import.template": {
    input: async (f) => ({ datasetId: await datasetIdOf(f.db, "indeed-postings-us") }),
    access: adminsOnly,
  },
  "admin.import.preview": {
    input: async (f) => ({
      datasetId: (await newDataset(f)).datasetId,
      fileName: "figures.csv",
      content: fileBytes(importTemplateCsv()),
    }),
    access: adminsOnly,
  },
  "admin.import.commit": {
    input: async (f) => {
      const { datasetId, draftId, revision } = await newDataset(f);
      return {
        datasetId,
        draftId,
        revision,
        fileName: "figures.csv",
        content: fileBytes(importTemplateCsv()),
        note: "Imported in a test",
      };
    },
    access: adminsOnly,
  },
  "admin.metrics.list": { access: adminsOnly },
  "admin.metrics.create": {
    input: () => ({ definition: fullMetricDefinition(uniqueMetricName()) }),
    access: adminsOnly,
  },
  "admin.metrics.update": {
    input: async (f) => ({
      id: await newMetricDefinition(f),
      definition: fullMetricDefinition(uniqueMetricName()),
    }),
    access: adminsOnly,
  },
  "admin.metrics.delete": {
    input: async (f) => ({ id: await newMetricDefinition(f) }),
    access: adminsOnly,
  },
  "admin.import.progress": {
    input: async () => ({ progressId: `matrix-${randomUUID()}` }),
    access: adminsOnly,
  },
  "admin.users.list": {
    input: async (f) => {
      const first = await f.db.user.findFirst({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
      return { cursor: first?.id ?? "none", limit: 10 };
    },
    access: adminsOnly,
  },
  "admin.users.setRole": {
    input: async (f) => {
      const id = randomUUID();
      await f.db.user.create({ data: { id, email: `${id}@example.test`, name: "Promotee" } });
      return { userId: id, role: "admin" };
    },
    access: adminsOnly,
  },
  "admin.versions.list": {
    input: async (f) => ({ datasetId: await datasetIdOf(f.db, LEVELS_SLUG) }),
    access: adminsOnly,
  },
  "admin.versions.diff": {
    input: async (f) => {
      const { datasetId, firstVersionId, lastVersionId } = await datasetWithHistory(f);
      return { datasetId, fromVersionId: firstVersionId, toVersionId: lastVersionId, limit: 100 };
    },
    access: adminsOnly,
  },
  "admin.versions.rollback": {
    input: async (f) => {
      const { datasetId, firstVersionId } = await datasetWithHistory(f);
      return { datasetId, versionId: firstVersionId, note: "Rolled back in a test" };
    },
    access: adminsOnly,
  },
  "admin.versions.exportCsv": { input: levelsPublished, access: adminsOnly },
  "admin.observations.list": {
    input: async (f) => ({
      ...(await fxPublished(f)),
      metric: "fx_units_per_usd",
      seriesKey: "fx_units_per_usd|currency=EUR",
      filters: { currency: "EUR" },
      offset: 0,
      limit: 10,
    }),
    access: adminsOnly,
  },
  "admin.observations.exportPlan": { input: fxPublished, access: adminsOnly },
  "admin.breaks.list": {
    input: async (f) => {
      const { datasetId, draftId } = await oewsDraft(f);
      return { datasetId, versionId: draftId };
    },
    access: adminsOnly,
  },
  "admin.breaks.create": {
    input: async (f) => ({ ...(await oewsDraft(f)), break: matrixBreak }),
    access: adminsOnly,
  },
  "admin.breaks.update": {
    input: async (f) => ({ ...(await oewsDraftBreak(f)), break: matrixBreak }),
    access: adminsOnly,
  },
  "admin.breaks.delete": { input: oewsDraftBreak, access: adminsOnly },
  "admin.observations.diffExportPlan": { input: fxPair, access: adminsOnly },
  "admin.observations.diff": {
    input: async (f) => ({ ...(await fxPair(f)), offset: 0, limit: 10 }),
    access: adminsOnly,
  },
};

/** What the database holds that a refused call must leave as it was. */
export async function databaseSnapshot(db: Database) {
  const [audit, datasets, versions, points, users, scenarios, sessions] = await Promise.all([
    db.auditLog.count(),
    db.dataset.findMany({ orderBy: { id: "asc" } }),
    db.datasetVersion.findMany({ orderBy: { id: "asc" } }),
    db.dataPoint.count(),
    db.user.findMany({ select: { id: true, role: true }, orderBy: { id: "asc" } }),
    db.scenario.findMany({ orderBy: { id: "asc" } }),
    db.session.count(),
  ]);
  return { audit, datasets, versions, points, users, scenarios, sessions };
}
