import { vitestConfig } from "@aiml/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig(vitestConfig("cache", { include: ["test/**/*.test.ts"] }));
