import { vitestConfig } from "@aiml/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig(vitestConfig("domain", { include: ["test/**/*.test.ts"] }));
