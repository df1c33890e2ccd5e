import { type ScenarioInputs, scenarioInputsSchema } from "./schemas";
import {
  fromBase64Url,
  MAX_SCENARIO_URL_LENGTH,
  SCENARIO_URL_VERSION,
  urlKeysV1,
} from "./url-state-codec";

export type DecodedScenarioState =
  | { ok: true; inputs: ScenarioInputs }
  | { ok: false; message: string };

const unreadable: DecodedScenarioState = {
  ok: false,
  message:
    "This link's figures could not be read (it may be cut short or altered), so the calculator opened with its defaults.",
};

/**
 * Reads a link parameter written by `encodeScenarioState`, checking it with the shared
 * schema: any damage (wrong version, bad base64, bad JSON, unknown keys, invalid figures)
 * gives a message instead of inputs.
 */
export function decodeScenarioState(param: string): DecodedScenarioState {
  if (param.length > MAX_SCENARIO_URL_LENGTH) return unreadable;
  const [version, payload, ...rest] = param.split(".");
  if (rest.length > 0 || payload === undefined) return unreadable;
  if (version !== SCENARIO_URL_VERSION) {
    return {
      ok: false,
      message:
        "This link was made by another version of the calculator and cannot be read, so the calculator opened with its defaults.",
    };
  }
  const text = fromBase64Url(payload);
  if (text === null) return unreadable;
  let compact: unknown;
  try {
    compact = JSON.parse(text);
  } catch {
    return unreadable;
  }
  if (typeof compact !== "object" || compact === null || Array.isArray(compact)) return unreadable;
  const longKeys = new Map(Object.entries(urlKeysV1).map(([long, short]) => [short, long]));
  const draft: Record<string, unknown> = {};
  for (const [short, value] of Object.entries(compact)) {
    const long = longKeys.get(short);
    if (!long) return unreadable;
    draft[long] = value;
  }
  const parsed = scenarioInputsSchema.safeParse(draft);
  if (!parsed.success) {
    const first = parsed.error.issues[0]?.message ?? "a figure is not valid";
    return {
      ok: false,
      message: `This link's figures are not valid (${first}), so the calculator opened with its defaults.`,
    };
  }
  return { ok: true, inputs: parsed.data };
}
