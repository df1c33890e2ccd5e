import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ["@aiml/api", "@aiml/db", "@aiml/domain"],
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  // Type checking and linting run as their own turbo tasks.
  typescript: { ignoreBuildErrors: true },
};

export default config;
