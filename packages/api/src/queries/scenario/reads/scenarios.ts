import type { Database } from "@aiml/db";
import { type StoredScenario, scenarioNotFound, toStored } from "../stored-scenario";

// Every query filters on the owner in the same `where`: another user's id finds nothing.

export async function listScenarios(db: Database, userId: string): Promise<StoredScenario[]> {
  const rows = await db.scenario.findMany({ where: { userId }, orderBy: { updatedAt: "desc" } });
  return rows.map(toStored);
}

export async function getScenario(
  db: Database,
  userId: string,
  id: string,
): Promise<StoredScenario> {
  const row = await db.scenario.findFirst({ where: { id, userId } });
  if (!row) throw scenarioNotFound();
  return toStored(row);
}

export async function getScenarios(
  db: Database,
  userId: string,
  ids: string[],
): Promise<StoredScenario[]> {
  const rows = await db.scenario.findMany({ where: { id: { in: ids }, userId } });
  if (rows.length !== new Set(ids).size) throw scenarioNotFound();
  const byId = new Map(rows.map((r) => [r.id, toStored(r)]));
  return ids.map((id) => byId.get(id) as StoredScenario);
}
