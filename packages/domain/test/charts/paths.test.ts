import { describe, expect, it } from "vitest";
import { bandPath, colorBins, linePath, stateTiles, wrapLabel } from "../../src";

describe("paths", () => {
  it("draws a line across the path width, broken at a missing value", () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 0.5, y: 20 },
      ]),
    ).toBe("M0,10L500,20");
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 0.25, y: null },
        { x: 0.5, y: 20 },
        { x: 1, y: 30 },
      ]),
    ).toBe("M0,10ZM500,20L1000,30");
  });
  it("draws a band between two bounds", () => {
    expect(
      bandPath([
        { x: 0, low: 50, high: 10 },
        { x: 1, low: 40, high: 20 },
      ]),
    ).toBe("M0,10L1000,20L1000,40L0,50Z");
  });
});

describe("state tiles and colour bins", () => {
  it("places the 50 states and DC on distinct tiles", () => {
    const tiles = Object.values(stateTiles);
    expect(tiles).toHaveLength(51);
    expect(new Set(tiles.map((t) => `${t.row},${t.col}`)).size).toBe(51);
  });
  it("bins values into equal-width nice bins", () => {
    const bins = colorBins([92, 131], 5);
    // d3's nice on [92, 131] with 5 bins: [90, 140], edges every 10.
    expect(bins.edges).toEqual([90, 100, 110, 120, 130, 140]);
    expect(bins.binOf(92)).toBe(0);
    expect(bins.binOf(105)).toBe(1);
    expect(bins.binOf(131)).toBe(4);
  });
});

describe("wrapLabel", () => {
  it("breaks a long label at spaces", () => {
    expect(
      wrapLabel(
        "Base salary, principal ML engineer / ML architect (12+ years) on the career ladder",
      ),
    ).toEqual([
      "Base salary, principal ML engineer / ML",
      "architect (12+ years) on the career ladder",
    ]);
    expect(wrapLabel("Google")).toEqual(["Google"]);
    expect(wrapLabel("a b", 1)).toEqual(["a", "b"]);
  });
});
