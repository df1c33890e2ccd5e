import path from "node:path";

const appPort = Number(process.env.E2E_PORT ?? 3199);

/**
 * The test SMTP server's port: E2E_SMTP_PORT (the test command picks a free one), or one derived
 * from the app's so parallel runs do not collide, kept within the port range.
 */
export const e2eSmtpPort = Number(
  process.env.E2E_SMTP_PORT ?? (appPort + 22_000 <= 65_535 ? appPort + 22_000 : appPort - 22_000),
);
/** Where the test SMTP server leaves the mails it received, one JSON file each. */
export const e2eMailDir = path.join(import.meta.dirname, `../.results/e2e-mail-${appPort}`);

const safe = (address: string) => address.toLowerCase().replace(/[^a-z0-9@._-]/g, "_");

/** A received mail's file: its number, then its recipients (`mailsTo` filters on them). */
export const mailFileName = (count: number, to: string[]) =>
  `${String(count).padStart(6, "0")}~${to.map(safe).join("~")}~.json`;

/** Whether a mail file (named by mailFileName) is addressed to this address. */
export const isMailTo = (file: string, address: string) => file.includes(`~${safe(address)}~`);
