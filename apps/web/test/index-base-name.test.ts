import { expect, it } from "vitest";
import { indexBaseName } from "../src/components/open-data/open-chart";

it("names an index's base period from the data, long or short, and says when there is none", () => {
  expect(indexBaseName("2020-02-01")).toBe("February 2020");
  expect(indexBaseName("2020-02-01T00:00:00.000Z", "short")).toBe("Feb 2020");
  expect(indexBaseName("2024-12-01", "short")).toBe("Dec 2024");
  expect(indexBaseName(null)).toBe("the base period");
});
