import type { Prisma } from "@aiml/db";
import { type ScenarioInputs, scenarioInputsSchema } from "@aiml/domain";
import { AppError } from "../../errors";

export const scenarioNotFound = () => new AppError("NOT_FOUND", "No such scenario.");

export interface StoredScenario {
  id: string;
  name: string;
  inputs: ScenarioInputs;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export function toStored(row: {
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
