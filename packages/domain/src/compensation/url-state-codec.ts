// Kept apart from the zod schema (url-state.ts) so the calculator can write links without
// loading zod.
import type { ScenarioInputs } from "./schemas";

/** The query parameter that carries a calculator's figures. */
export const SCENARIO_URL_PARAM = "s";
/** Prefix naming the encoding, so a later change of keys can still read old links. */
export const SCENARIO_URL_VERSION = "v1";
export const MAX_SCENARIO_URL_LENGTH = 4000;

/** Version 1: the inputs' keys shortened to these. Never reuse or change one. */
export const urlKeysV1: Readonly<Record<keyof ScenarioInputs, string>> = {
  name: "n",
  company: "co",
  level: "lv",
  location: "lo",
  baseSalaryCents: "b",
  annualRaisePercent: "r",
  targetBonusPercent: "tb",
  bonusPayoutPercent: "bp",
  signingBonusCents: "sb",
  signingSchedule: "ss",
  equityGrantCents: "g",
  vestingSchedule: "vs",
  customVestingPercents: "cv",
  refresherGrantCents: "rg",
  equityPath: "ep",
  equityGrowthPercent: "eg",
  horizonYears: "h",
  currency: "cu",
  workState: "ws",
  occupationCode: "oc",
  wageArea: "wa",
  equityRisk: "er",
  benefits: "bn",
};

/** Values the schema fills in when a key is missing: left out of links to keep them short. */
const schemaDefaults: Partial<Record<keyof ScenarioInputs, unknown>> = {
  annualRaisePercent: 0,
  targetBonusPercent: 0,
  bonusPayoutPercent: 100,
  signingBonusCents: 0,
  signingSchedule: "year1",
  equityGrantCents: 0,
  vestingSchedule: "even4_cliff",
  customVestingPercents: [],
  refresherGrantCents: 0,
  equityPath: "flat",
  horizonYears: 4,
  currency: "USD",
  benefits: {
    retirementMatchPercent: 0,
    retirementMatchUpToPercent: 0,
    includeRetirementMatch: true,
    esppDiscountPercent: 0,
    esppContributionPercent: 0,
    esppLookback: false,
    includeEspp: true,
    otherItems: [],
  },
};

// Base64url over UTF-8 in plain ECMAScript (the domain package has no DOM or Node globals).
const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const part of encodeURIComponent(text).split(/(%[0-9A-F]{2})/)) {
    if (part.startsWith("%")) bytes.push(Number.parseInt(part.slice(1), 16));
    else for (const ch of part) bytes.push(ch.charCodeAt(0));
  }
  return bytes;
}

function toBase64Url(text: string): string {
  const bytes = utf8Bytes(text);
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    const chars = [18, 12, 6, 0].map((shift) => alphabet[(n >> shift) & 63]);
    out += chars.slice(0, Math.min(4, bytes.length - i + 1)).join("");
  }
  return out;
}

/** Base64url back to text; null when it is not valid base64url or not UTF-8. */
export function fromBase64Url(encoded: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return null;
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i += 4) {
    const chunk = encoded.slice(i, i + 4);
    const n = [...chunk.padEnd(4, "A")].reduce((acc, ch) => (acc << 6) | alphabet.indexOf(ch), 0);
    const decoded = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
    bytes.push(...decoded.slice(0, chunk.length - 1));
  }
  try {
    return decodeURIComponent(bytes.map((b) => `%${b.toString(16).padStart(2, "0")}`).join(""));
  } catch {
    return null;
  }
}

/** A scenario as a compact link parameter: "v1." + base64url(JSON with short keys). */
export function encodeScenarioState(inputs: ScenarioInputs): string {
  const compact: Record<string, unknown> = {};
  for (const [key, short] of Object.entries(urlKeysV1) as [keyof ScenarioInputs, string][]) {
    const value = inputs[key];
    if (value === undefined) continue;
    if (key in schemaDefaults && JSON.stringify(value) === JSON.stringify(schemaDefaults[key])) {
      continue;
    }
    compact[short] = value;
  }
  return `${SCENARIO_URL_VERSION}.${toBase64Url(JSON.stringify(compact))}`;
}
