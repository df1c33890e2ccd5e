import { vitestConfig } from "@aiml/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig(
  vitestConfig("dependency-rules", { include: ["test/**/*.test.ts"], testTimeout: 60_000 }),
);
