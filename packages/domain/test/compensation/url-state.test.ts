import { describe, expect, it } from "vitest";
import {
  decodeScenarioState,
  encodeScenarioState,
  scenarioInputsSchema,
} from "../../src/compensation";
import { recruiterOffer } from "./fixtures";

const inputs = scenarioInputsSchema.parse({
  ...recruiterOffer,
  name: "Offre à Zürich ✓",
  currency: "CHF",
  workState: "tx",
  equityRisk: { preset: "growth", growthPercent: 12, volatilityPercent: 45 },
  benefits: { otherItems: [{ label: "Stipend", yearlyAmountCents: 50_000 }] },
});

describe("scenario links", () => {
  it("round-trip every figure, in a compact versioned parameter", () => {
    const param = encodeScenarioState(inputs);
    expect(param.startsWith("v1.")).toBe(true);
    expect(param).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(decodeScenarioState(param)).toEqual({ ok: true, inputs });
    const plain = encodeScenarioState(scenarioInputsSchema.parse(recruiterOffer));
    expect(plain.length).toBeLessThan(200);
  });

  it("open the defaults with a notice when altered, cut short or from another version", () => {
    const param = encodeScenarioState(inputs);
    for (const bad of [
      `${param.slice(0, -6)}`,
      `${param.slice(0, 10)}!${param.slice(11)}`,
      `v9.${param.slice(3)}`,
      "v1.",
      "garbage",
      `v1.${"A".repeat(5000)}`,
    ]) {
      const decoded = decodeScenarioState(bad);
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(decoded.message).toMatch(/opened with its defaults/);
    }
  });

  it("name the invalid figure of a well-formed but tampered link", () => {
    const json = JSON.stringify({ n: "X", b: 100, h: 11 });
    const tampered = `v1.${Buffer.from(json).toString("base64url")}`;
    expect(decodeScenarioState(tampered)).toEqual({
      ok: false,
      message:
        "This link's figures are not valid (The horizon can be at most 10 years), so the calculator opened with its defaults.",
    });
    const unknownKey = `v1.${Buffer.from(JSON.stringify({ n: "X", b: 100, zz: 1 })).toString("base64url")}`;
    expect(decodeScenarioState(unknownKey).ok).toBe(false);
    const unknownCurrency = `v1.${Buffer.from(JSON.stringify({ n: "X", b: 100, cu: "XXX" })).toString("base64url")}`;
    expect(decodeScenarioState(unknownCurrency)).toMatchObject({
      ok: false,
      message: expect.stringContaining("Choose a currency"),
    });
  });
});
