import type { NextConfig } from "next";
import { isProduction } from "./src/env";
import { staticSecurityHeaders } from "./src/security/headers";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: { inlineCss: true },
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

export default config;
