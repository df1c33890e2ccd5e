import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { renderBriefPdf } from "@aiml/api";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { type ScenarioInputsDraft, scenarioInputsSchema } from "@aiml/domain";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outcome } from "./helpers/admin-fixtures";
import { createUserCaller } from "./helpers/users";

let t: TestDatabase;
let alice: Awaited<ReturnType<typeof createUserCaller>>;

beforeAll(async () => {
  t = await createTestDatabase();
  alice = await createUserCaller(t.db);
});
afterAll(async () => {
  await t?.drop();
});

const offer = (over: Partial<ScenarioInputsDraft> = {}) =>
  scenarioInputsSchema.parse({
    name: "Developer offer",
    baseSalaryCents: 150_000_00,
    equityGrantCents: 100_000_00,
    vestingSchedule: "even4",
    ...over,
  });

const standardFontDataUrl = `${join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

/** The PDF's text as pdf.js extracts it. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: bytes, standardFontDataUrl }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join("\n"));
  }
  return pages.join("\n");
}

describe("official wage percentiles of a saved scenario", () => {
  it("places the base among the BLS OEWS May 2024 percentiles, interpolated", async () => {
    // Software Developers, US, May 2024: p50 $133,080, p75 $169,000 (BLS OEWS national file).
    const saved = await alice.caller.scenario.create({
      inputs: offer({ occupationCode: "15-1252", wageArea: "US" }),
    });
    const { official } = await alice.caller.scenario.marketPosition({ id: saved.id });
    expect(official.wages).toMatchObject({
      occupationTitle: "Software Developers",
      year: 2024,
      employment: 1_654_440,
      p50: 133_080,
      p75: 169_000,
      topCoded: [],
    });
    // 50 + 25 × (150,000 − 133,080) / (169,000 − 133,080) = 61.776…
    expect(official.placement).toMatchObject({ ok: true, gapToP75Cents: 19_000_00 });
    expect(official.placement?.ok && official.placement.percentile).toBeCloseTo(61.776, 3);
    expect(official.source).toMatchObject({
      publisher: expect.stringContaining("Bureau of Labor Statistics"),
    });
  });

  it("says a base above a top-coded 90th percentile is only known to be above the 75th", async () => {
    const saved = await alice.caller.scenario.create({
      inputs: offer({ baseSalaryCents: 250_000_00, occupationCode: "11-3021", wageArea: "US" }),
    });
    const { official } = await alice.caller.scenario.marketPosition({ id: saved.id });
    expect(official.placement).toMatchObject({
      ok: true,
      percentile: null,
      position: "top_coded",
      topCodedCaveat: expect.stringContaining("90th percentile"),
    });
  });

  it("explains what is missing instead of failing", async () => {
    const none = await alice.caller.scenario.create({ inputs: offer() });
    expect((await alice.caller.scenario.marketPosition({ id: none.id })).official.missing).toMatch(
      /Choose an occupation/,
    );
    const unknown = await alice.caller.scenario.create({
      inputs: offer({ occupationCode: "99-9999", wageArea: "US" }),
    });
    expect(
      (await alice.caller.scenario.marketPosition({ id: unknown.id })).official.missing,
    ).toMatch(/No official wage figures/);
  });
});

describe("comparing offers in different currencies and states", () => {
  it("converts to one currency at the latest common annual rate and says so", async () => {
    const usd = await alice.caller.scenario.create({ inputs: offer({ name: "US offer" }) });
    const gbp = await alice.caller.scenario.create({
      inputs: offer({ name: "UK offer", currency: "GBP", baseSalaryCents: 100_000_00 }),
    });
    const compared = await alice.caller.scenario.compare({ ids: [usd.id, gbp.id] });
    expect(compared.currency).toBe("USD");
    expect(compared.conversion?.year).toBe(2025);
    const gbpRate = compared.conversion?.rates.find((r) => r.from === "GBP")?.rate ?? 0;
    expect(gbpRate).toBeGreaterThan(1);
    // £100,000 base + £25,000 equity a year, in dollars at that rate (to the cent).
    expect(compared.comparison.rows[1]?.annualizedTotal).toBeCloseTo(125_000_00 * gbpRate, -1);
    expect(compared.conversion?.source.publisher).toMatch(/Federal Reserve/);
    expect(
      await outcome(
        alice.caller.scenario.compare({ ids: [usd.id, gbp.id], currency: "XXX" as "USD" }),
      ),
    ).toBe("BAD_REQUEST");
  });

  it("adds each scenario's annualized total at a chosen state's prices", async () => {
    const tx = await alice.caller.scenario.create({
      inputs: offer({ name: "Austin", workState: "TX" }),
    });
    const ca = await alice.caller.scenario.create({
      inputs: offer({ name: "SF", workState: "CA" }),
    });
    const compared = await alice.caller.scenario.compare({ ids: [tx.id, ca.id], state: "CA" });
    // $175,000 × 112.581 / 97.175 = $202,744.2757… → $202,744.28 (BEA 2023 parities).
    expect(compared.costOfLiving?.rows[0]).toEqual({
      equivalent: 20_274_428,
      fromState: "TX",
      fromRpp: 97.175,
      toRpp: 112.581,
    });
    expect(compared.costOfLiving?.rows[1]).toMatchObject({ equivalent: 175_000_00 });
    expect(
      await outcome(alice.caller.scenario.compare({ ids: [tx.id, ca.id], state: "ZZ" as "CA" })),
    ).toBe("BAD_REQUEST");
  });
});

describe("negotiation brief", () => {
  it("computes every sentence from the scenario and cited data, and the PDF says the same", async () => {
    const saved = await alice.caller.scenario.create({
      inputs: offer({
        name: "Brief offer",
        occupationCode: "15-1252",
        wageArea: "US",
        workState: "TX",
        equityRisk: { preset: "large_public", growthPercent: 7, volatilityPercent: 25 },
      }),
    });
    const { brief, filename } = await alice.caller.scenario.brief({ id: saved.id });
    expect(filename).toBe("Brief_offer-brief.pdf");
    const text = brief.sections
      .flatMap((s) => [s.heading, ...s.paragraphs, ...(s.citations ?? [])])
      .join("\n");
    expect(text).toContain("Annualized over 4 years: $175,000");
    expect(text).toContain("about the 61.8th percentile of Software Developers (SOC 15-1252)");
    expect(text).toContain("The 75th percentile is $169,000: $19,000 more than your base.");
    expect(text).toContain("BLS counts 1,654,440 jobs");
    // $150,000 × 100 / 97.175 = $154,360.69 at US-average prices.
    expect(text).toContain("buys what $154,360.69 buys at US-average prices");
    expect(text).toMatch(/Source: .*Bureau of Labor Statistics.*licence/);

    const pdf = await renderBriefPdf(brief);
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
    const extracted = (await pdfText(pdf)).replace(/\s+/g, " ");
    for (const figure of [
      "$175,000",
      "61.8th percentile",
      "$19,000 more",
      "$154,360.69",
      "1,654,440",
    ]) {
      expect(extracted).toContain(figure);
    }
    const bands = brief.sections.find((s) => s.heading === "Equity risk band");
    for (const row of bands?.table?.rows ?? []) {
      for (const cell of row.slice(1)) expect(extracted).toContain(cell);
    }
  });

  it("is for the owner only", async () => {
    const saved = await alice.caller.scenario.create({ inputs: offer() });
    const bob = await createUserCaller(t.db);
    expect(await outcome(bob.caller.scenario.brief({ id: saved.id }))).toBe("NOT_FOUND");
  });
});

describe("the calculator's public open-data reads", () => {
  it("send the latest common year of rates, every state's parity and the occupations", async () => {
    const data = await alice.caller.offer.calculatorData();
    const years = new Set(data.fx?.rates.map((r) => r.year));
    expect([...years]).toEqual([2025]);
    expect(data.fx?.rates.map((r) => r.currency).sort()).toEqual([
      "AUD",
      "CAD",
      "CHF",
      "CNY",
      "EUR",
      "GBP",
      "INR",
      "JPY",
      "SGD",
    ]);
    expect(data.fx?.source).toMatchObject({ licenceName: "PDDL 1.0" });
    expect(data.parity?.parities.find((p) => p.state === "TX")).toEqual({
      state: "TX",
      year: 2023,
      rppAllItems: 97.175,
    });
    expect(data.parity?.parities).toHaveLength(51);
    expect(data.occupations).toContainEqual({ code: "15-1252", title: "Software Developers" });
  });

  it("answer official wages for a state, and refuse a malformed SOC code with a 400", async () => {
    const ca = await alice.caller.offer.officialWages({ socCode: "15-2051", area: "CA" });
    expect(ca?.wages).toMatchObject({ year: 2023, employment: 33_220, p50: 133_690 });
    expect(await outcome(alice.caller.offer.officialWages({ socCode: "x", area: "US" }))).toBe(
      "BAD_REQUEST",
    );
  });
});
