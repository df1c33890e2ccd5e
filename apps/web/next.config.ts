import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { isProduction } from "./src/env";
import { staticSecurityHeaders } from "./src/security/headers";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    inlineCss: true,
    // Smaller client bundles for every route (about 0.7 kB gzipped off each first load, most of
    // it from Next's and React's own CommonJS code): scope hoisting and tree shaking of static
    // CommonJS modules, and constants inlined across modules. `pnpm bench:js` measures it.
    turbopackCjsScopeHoisting: true,
    turbopackCjsTreeShaking: true,
    turbopackCrossModuleConstants: true,
  },
  transpilePackages: ["@aiml/api", "@aiml/db", "@aiml/domain", "@aiml/logger"],
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  // Type checking and linting run as their own turbo tasks.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: staticSecurityHeaders(isProduction),
      },
    ];
  },
};

/** `page.dev.tsx` routes (the mail outbox) exist under `next dev` only: no build has them. */
export default function nextConfig(phase: string): NextConfig {
  const development = phase === PHASE_DEVELOPMENT_SERVER;
  return { ...config, pageExtensions: development ? ["dev.tsx", "tsx", "ts"] : ["tsx", "ts"] };
}
