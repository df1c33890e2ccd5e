import type { Database, Prisma } from "@aiml/db";
import type { ScenarioInputs } from "@aiml/domain";
import { AppError } from "../../../errors";
import { getScenario } from "../reads/scenarios";
import { type StoredScenario, scenarioNotFound, toStored } from "../stored-scenario";

export const MAX_SCENARIOS_PER_USER = 200;

const json = (inputs: ScenarioInputs) => inputs as unknown as Prisma.InputJsonValue;

// Every write filters on the owner in the same `where`: another user's id changes nothing.

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
    if (!current) throw scenarioNotFound();
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
  if (count === 0) throw scenarioNotFound();
}
