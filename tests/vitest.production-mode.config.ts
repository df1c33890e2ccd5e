import { defineConfig } from "vitest/config";
import { integrationConfig } from "./integration-config.ts";

export default defineConfig(integrationConfig("production mode"));
