import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import type { ReceivedMail } from "../mail/smtp-inbox";
import { e2eMailDir, isMailTo } from "./mail-settings";

type Mail = Omit<ReceivedMail, "raw">;

function mailsTo(address: string): Mail[] {
  if (!fs.existsSync(e2eMailDir)) return [];
  return fs
    .readdirSync(e2eMailDir)
    .filter((file) => isMailTo(file, address))
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(e2eMailDir, file), "utf8")) as Mail)
    .filter((mail) => mail.to.includes(address.toLowerCase()));
}

/** The latest mail to this address whose subject matches, once it has arrived. */
export async function latestMail(address: string, subject: RegExp): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      () => {
        found = mailsTo(address).findLast((m) => subject.test(m.subject));
        return found !== undefined;
      },
      { message: `a mail to ${address} matching ${subject}`, timeout: 15_000 },
    )
    .toBe(true);
  return found as Mail;
}

/** The first link in the mail's text that contains this path. */
export function linkTo(mail: Mail, pathname: string): URL {
  const url = mail.text.match(/https?:\/\/\S+/g)?.find((u) => new URL(u).pathname === pathname);
  if (!url) throw new Error(`no link to ${pathname} in "${mail.subject}"`);
  return new URL(url);
}
