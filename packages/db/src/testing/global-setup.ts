import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../client";
import { createDatabase, dropDatabase, withDatabase } from "../lifecycle/databases";
import { applyMigrations } from "../migrations";
import { seedDatabase } from "../seed";
import "./provided-context";
import { startTestServer } from "./test-server";

/**
 * Vitest global setup: one Postgres server per run and a migrated, seeded template database
 * that each test file copies (CREATE DATABASE … TEMPLATE) to get fresh data of its own.
 */
export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const template = `aiml_template_${process.pid}_${Date.now().toString(36)}`;
  try {
    await createDatabase(server.serverUrl, template);
    const templateUrl = withDatabase(server.serverUrl, template);
    await applyMigrations(templateUrl);
    const db = createPrismaClient(templateUrl);
    try {
      await seedDatabase(db);
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    await dropDatabase(server.serverUrl, template).catch(() => {});
    await server.stop();
    throw error;
  }
  project.provide("testServerUrl", server.serverUrl);
  project.provide("templateDatabase", template);

  return async () => {
    await dropDatabase(server.serverUrl, template).catch(() => {});
    await server.stop();
  };
}
