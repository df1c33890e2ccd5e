import fs from "node:fs";
import path from "node:path";
import { startSmtpInbox } from "../mail/smtp-inbox";
import { e2eMailDir, e2eSmtpPort, mailFileName } from "./mail-settings";

/**
 * Playwright's global setup: a real SMTP server (in the runner's process) that the app under
 * test sends its mails to (SMTP_URL in playwright.config.ts). Each mail is written as JSON to a
 * folder the tests read (they run in other processes). Returns the teardown.
 */
export default async function startMailServer() {
  fs.rmSync(e2eMailDir, { recursive: true, force: true });
  fs.mkdirSync(e2eMailDir, { recursive: true });
  let count = 0;
  const inbox = await startSmtpInbox({
    port: e2eSmtpPort,
    onMail(mail) {
      count += 1;
      // Named by recipient too, so a test reads only its own mails.
      const file = path.join(e2eMailDir, mailFileName(count, mail.to));
      const { raw: _raw, ...kept } = mail;
      fs.writeFileSync(file, JSON.stringify(kept));
    },
  });
  return () => inbox.close();
}
