import { fileURLToPath } from "node:url";
import { vitestConfig } from "@aiml/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig(
  vitestConfig("integration", {
    include: ["integration/**/*.test.ts"],
    globalSetup: [fileURLToPath(import.meta.resolve("@aiml/db/testing/global-setup"))],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  }),
);
