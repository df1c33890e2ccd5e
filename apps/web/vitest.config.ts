import { vitestConfig } from "@aiml/vitest-config";
import { defineConfig } from "vitest/config";

const config = vitestConfig("web", { include: ["test/**/*.test.ts"], testTimeout: 30_000 });

export default defineConfig({
  ...config,
  // Next's tsconfig keeps JSX as written (`preserve`); tests that import components compile it.
  oxc: { jsx: { runtime: "automatic" } },
});
