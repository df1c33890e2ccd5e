import { describe, expect, it } from "vitest";
import { downloadFileName } from "../../src";

const day = new Date("2026-12-07T15:00:00Z");

describe("downloadFileName", () => {
  it("names the page, chart, set filters and day", () => {
    expect(
      downloadFileName("pay", "pay-by-level", { comp: "all", level: "senior" }, day, "csv"),
    ).toBe("aiml-pay-pay-by-level-level-senior-2026-12-07.csv");
    expect(
      downloadFileName(
        "pay",
        "pay-by-company",
        { comp: "total", highlight: ["Google", "Meta Platforms"] },
        day,
        "svg",
      ),
    ).toBe("aiml-pay-pay-by-company-comp-total-highlight-google-meta-platforms-2026-12-07.svg");
  });
  it("keeps only safe characters from what a visitor typed", () => {
    expect(
      downloadFileName("pay", "pay-by-company", { highlight: ['"; rm -rf /'] }, day, "csv"),
    ).toBe("aiml-pay-pay-by-company-highlight-rm-rf-2026-12-07.csv");
  });
});
