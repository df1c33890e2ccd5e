// Plain JavaScript: vitest loads configs' workspace imports with Node, which cannot run .ts here.
import path from "node:path";

const resultsDir = path.resolve(import.meta.dirname, "../../tests/.results");

/**
 * Shared settings: the console reporter plus a JSON report that the root test script totals.
 * @param {string} name
 * @param {import("vitest/node").TestUserConfig} [test]
 * @returns {import("vitest/config").ViteUserConfig}
 */
export function vitestConfig(name, test = {}) {
  return {
    test: {
      name,
      reporters: ["default", "json"],
      outputFile: {
        json: path.join(resultsDir, `vitest-${name}${process.env.TEST_REPORT_SUFFIX ?? ""}.json`),
      },
      ...test,
    },
  };
}
