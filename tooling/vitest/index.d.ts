import type { ViteUserConfig } from "vitest/config";
import type { TestUserConfig } from "vitest/node";

export function vitestConfig(name: string, test?: TestUserConfig): ViteUserConfig;
