// The scripts' apps run without an SMTP server: their mails go to one outbox folder per script
// run, which the scripts read as a person reads their inbox (to follow a confirmation link).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { type OutboxMail, readOutbox } from "@aiml/auth/outbox";

let dir: string | undefined;

/** MAIL_OUTBOX_DIR for every app this script starts; removed when the script exits. */
export function scriptOutboxDir(): string {
  if (!dir) {
    const created = fs.mkdtempSync(path.join(os.tmpdir(), "aiml-script-outbox-"));
    process.once("exit", () => fs.rmSync(created, { recursive: true, force: true }));
    dir = created;
  }
  return dir;
}

/** The newest mail to this address whose subject matches, waiting up to 15 s for it. */
export async function newestMailTo(address: string, subject: RegExp): Promise<OutboxMail> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const mails = await readOutbox(scriptOutboxDir());
    const mail = mails.find((m) => m.to.includes(address.toLowerCase()) && subject.test(m.subject));
    if (mail) return mail;
    if (Date.now() > deadline) {
      throw new Error(`no mail to ${address} in ${scriptOutboxDir()} (is SMTP_URL set?)`);
    }
    await sleep(100);
  }
}
