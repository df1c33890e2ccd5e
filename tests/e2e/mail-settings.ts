import path from "node:path";

const appPort = Number(process.env.E2E_PORT ?? 3199);

/** The test SMTP server's port, derived from the app's so parallel runs do not collide. */
export const e2eSmtpPort = appPort + 22_000;
/** Where the test SMTP server leaves the mails it received, one JSON file each. */
export const e2eMailDir = path.join(import.meta.dirname, `../.results/e2e-mail-${appPort}`);
