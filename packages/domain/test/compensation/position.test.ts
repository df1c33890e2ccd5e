import { describe, expect, it } from "vitest";
import { positionInRange } from "../../src/compensation";
import { usd } from "./fixtures";

// Benchmarks are in dollars (bounds), scenarios in cents (amount).
describe("positionInRange", () => {
  it("places an amount inside a closed range, bounds included", () => {
    expect(positionInRange(usd(100_000), 100_000, 200_000, false)).toMatchObject({
      position: "within",
      fraction: 0,
      aboveStatedTop: false,
      beyondBoundCents: 0,
    });
    expect(positionInRange(usd(150_000), 100_000, 200_000, false).fraction).toBe(0.5);
    expect(positionInRange(usd(200_000), 100_000, 200_000, false)).toMatchObject({
      position: "within",
      fraction: 1,
    });
  });

  it("converts dollar bounds to cents rather than comparing mixed units", () => {
    expect(positionInRange(usd(250_000), 200_000, 300_000, false).fraction).toBe(0.5);
    expect(positionInRange(250_000, 200_000, 300_000, false).position).toBe("below");
    expect(positionInRange(usd(150.25), 150.25, 200, false).fraction).toBe(0);
  });

  it("is below or above a closed range by a stated distance", () => {
    expect(positionInRange(usd(99_999.99), 100_000, 200_000, false)).toEqual({
      position: "below",
      fraction: null,
      aboveStatedTop: false,
      beyondBoundCents: 1,
      lowCents: usd(100_000),
      highCents: usd(200_000),
      highOpen: false,
    });
    expect(positionInRange(usd(250_000), 100_000, 200_000, false)).toMatchObject({
      position: "above",
      fraction: null,
      aboveStatedTop: false,
      beyondBoundCents: usd(50_000),
    });
  });

  it("does not claim 'above' an open-ended top", () => {
    expect(positionInRange(usd(900_000), 199_000, 743_000, true)).toMatchObject({
      position: "within",
      fraction: null,
      aboveStatedTop: true,
      beyondBoundCents: usd(157_000),
      highOpen: true,
    });
    // At or under the stated top an open range behaves like a closed one.
    expect(positionInRange(usd(743_000), 199_000, 743_000, true)).toMatchObject({
      position: "within",
      fraction: 1,
      aboveStatedTop: false,
    });
    expect(positionInRange(usd(100_000), 199_000, 743_000, true).position).toBe("below");
  });

  it("handles a range with only a floor ('$300,000 or more')", () => {
    expect(positionInRange(usd(5_000_000), 300_000, null, true)).toMatchObject({
      position: "within",
      fraction: null,
      aboveStatedTop: false,
      highCents: null,
    });
    expect(positionInRange(usd(299_999), 300_000, null, false)).toMatchObject({
      position: "below",
      highOpen: true,
    });
  });

  it("has no fraction inside a range of zero width", () => {
    expect(positionInRange(usd(150_000), 150_000, 150_000, false)).toMatchObject({
      position: "within",
      fraction: null,
    });
    expect(positionInRange(usd(150_001), 150_000, 150_000, false).position).toBe("above");
  });

  it("rejects inverted ranges and non-cent amounts", () => {
    expect(() => positionInRange(1, 200, 100, false)).toThrow(/above its high bound/);
    expect(() => positionInRange(0.5, 100, 200, false)).toThrow(RangeError);
    expect(() => positionInRange(1, Number.NaN, 200, false)).toThrow(RangeError);
  });
});
