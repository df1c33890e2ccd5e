import type { AppRouter } from "@aiml/api";
import { createTRPCClient } from "@trpc/client";
import { browserLinks } from "~/trpc/links";

// Loaded when the user saves: the calculator's first load ships no API client.
const client = createTRPCClient<AppRouter>({ links: browserLinks() });

export const createScenario = client.scenario.create.mutate;
export const updateScenario = client.scenario.update.mutate;
