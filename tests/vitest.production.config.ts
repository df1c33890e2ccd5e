import { vitestConfig } from "@aiml/vitest-config";
import { defineConfig } from "vitest/config";

// After the production build: the server on an install without dev dependencies.
export default defineConfig(
  vitestConfig("production", { include: ["production/**/*.test.ts"], hookTimeout: 180_000 }),
);
