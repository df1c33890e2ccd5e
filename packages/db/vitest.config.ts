import { vitestConfig } from "@aiml/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig(
  vitestConfig("db", {
    include: ["test/**/*.test.ts"],
    globalSetup: ["./src/testing/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  }),
);
