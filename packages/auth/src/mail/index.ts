import os from "node:os";
import path from "node:path";
import type { Logger } from "@aiml/logger";
import { type EnvSource, processEnv } from "../env";
import { readMailSettings } from "./env";
import { createMailer, type Mailer } from "./mailer";

export { type MailTransportSettings, readMailSettings } from "./env";
export { createMailer, type Mailer, type MailMessage } from "./mailer";

/**
 * The mailer the environment describes. Without SMTP settings, mails go to MAIL_OUTBOX_DIR
 * (`pnpm start` sets it to the repository's `.data/outbox/`; `.data/outbox` under the working
 * folder otherwise, a temporary folder under a test runner); a deployment without them is refused.
 */
export function mailerFromEnv(
  source: Record<string, string | undefined>,
  { deployed, baseURL, log }: { deployed: boolean; baseURL: string; log: Logger },
): Mailer {
  const defaultOutboxDir = defaultOutboxDirOf(source);
  return createMailer(readMailSettings(source, { deployed, baseURL, defaultOutboxDir }), log);
}

const defaultOutboxDirOf = (source: Record<string, string | undefined>) =>
  source.NODE_ENV === "test" || source.VITEST
    ? path.join(os.tmpdir(), "aiml-test-outbox")
    : path.resolve(".data", "outbox");

/** Where a development server's mails go, or null when they are sent (SMTP is configured). */
export function developmentOutboxDir(source: EnvSource = processEnv()): string | null {
  const settings = readMailSettings(source, {
    deployed: false,
    baseURL: source.BETTER_AUTH_URL ?? "http://localhost",
    defaultOutboxDir: defaultOutboxDirOf(source),
  });
  return settings.kind === "outbox" ? settings.dir : null;
}

/**
 * Run once at server start: a deployment (production build on an https URL) without SMTP
 * settings stops here with a message naming the variables; a local run says where mails go.
 */
export function checkMailAtStartUp(log: Logger, source: EnvSource = processEnv()): void {
  const baseURL = source.BETTER_AUTH_URL;
  if (!baseURL || !URL.canParse(baseURL)) return; // reported by the auth settings themselves
  const deployed = source.NODE_ENV === "production" && baseURL.startsWith("https:");
  const mailer = mailerFromEnv(source, { deployed, baseURL, log });
  if (mailer.kind === "outbox") {
    log.warn(
      { event: "mail.outbox", dir: mailer.outboxDir },
      "No SMTP server is configured (SMTP_URL): account mails are written to the outbox folder",
    );
  }
}
