// What the app's bundles read from the environment outside the checked server settings
// (server/env.ts of the app checks everything at start-up). Next.js writes NODE_ENV's value
// into every bundle, the browser's too, so those two are constants there.

export const isDevelopment = process.env.NODE_ENV === "development";
export const isProduction = process.env.NODE_ENV === "production";

/** The port the app's own server (serving/server.ts) listens on; unset under `next start`. */
export const serverPort = (): string | undefined => process.env.PORT || undefined;
