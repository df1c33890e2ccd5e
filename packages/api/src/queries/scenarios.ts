import type { Database, Prisma } from "@aiml/db";
import { type ScenarioInputs, scenarioInputsSchema } from "@aiml/domain";
import { AppError } from "../errors";

export const MAX_SCENARIOS_PER_USER = 200;

const notFound = () => new AppError("NOT_FOUND", "No such scenario.");

export interface StoredScenario {
  id: string;
  name: string;
  inputs: ScenarioInputs;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

function toStored(row: {
  id: string;
  name: string;
  inputs: Prisma.JsonValue;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}): StoredScenario {
  // Rows are only written through the schema; parsing again keeps old rows honest.
  const inputs = scenarioInputsSchema.parse({ ...(row.inputs as object), name: row.name });
  return { ...row, inputs };
}

const json = (inputs: ScenarioInputs) => inputs as unknown as Prisma.InputJsonValue;

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
  if (!row) throw notFound();
  return toStored(row);
}

export async function getScenarios(
  db: Database,
  userId: string,
  ids: string[],
): Promise<StoredScenario[]> {
  const rows = await db.scenario.findMany({ where: { id: { in: ids }, userId } });
  if (rows.length !== new Set(ids).size) throw notFound();
  const byId = new Map(rows.map((r) => [r.id, toStored(r)]));
  return ids.map((id) => byId.get(id) as StoredScenario);
}

export async function createScenario(
  db: Database,
  userId: string,
  inputs: ScenarioInputs,
): Promise<StoredScenario> {
  const count = await db.scenario.count({ where: { userId } });
  if (count >= MAX_SCENARIOS_PER_USER) {
    throw new AppError(
      "BAD_REQUEST",
      `You can keep at most ${MAX_SCENARIOS_PER_USER} scenarios. Delete some first.`,
    );
  }
  const row = await db.scenario.create({
    data: { userId, name: inputs.name, inputs: json(inputs) },
  });
  return toStored(row);
}

/**
 * Saves over a scenario only if it is still at the revision the editor started from; a save
 * based on an older state is a conflict, never a silent overwrite.
 */
export async function updateScenario(
  db: Database,
  userId: string,
  id: string,
  expectedRevision: number,
  inputs: ScenarioInputs,
): Promise<StoredScenario> {
  const { count } = await db.scenario.updateMany({
    where: { id, userId, revision: expectedRevision },
    data: { name: inputs.name, inputs: json(inputs), revision: { increment: 1 } },
  });
  if (count === 0) {
    const current = await db.scenario.findFirst({
      where: { id, userId },
      select: { revision: true },
    });
    if (!current) throw notFound();
    throw new AppError(
      "CONFLICT",
      "This scenario was changed elsewhere (another tab or device) since you opened it. Reload it to see the latest version; your edits were not saved.",
    );
  }
  return getScenario(db, userId, id);
}

export async function duplicateScenario(
  db: Database,
  userId: string,
  id: string,
): Promise<StoredScenario> {
  const source = await getScenario(db, userId, id);
  const name = `Copy of ${source.name}`.slice(0, 100);
  return createScenario(db, userId, { ...source.inputs, name });
}

export async function deleteScenario(db: Database, userId: string, id: string): Promise<void> {
  const { count } = await db.scenario.deleteMany({ where: { id, userId } });
  if (count === 0) throw notFound();
}
