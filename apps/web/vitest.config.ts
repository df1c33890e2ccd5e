import { vitestConfig } from "@aiml/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig(
  vitestConfig("web", { include: ["test/**/*.test.ts"], testTimeout: 30_000 }),
);
