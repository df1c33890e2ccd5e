import { encodeScenarioState, SCENARIO_URL_PARAM, type ScenarioInputs } from "@aiml/domain";

// Loaded when a link is asked for (see share-link): the encoder is not on the first load.

/** The calculator's address with these figures in its query. */
export function shareUrl(inputs: ScenarioInputs, origin: string): string {
  const url = new URL("/calculator", origin);
  url.searchParams.set(SCENARIO_URL_PARAM, encodeScenarioState(inputs));
  return url.toString();
}
