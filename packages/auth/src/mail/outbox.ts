import fs from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";

export interface OutboxMail {
  file: string;
  date: Date;
  to: string[];
  subject: string;
  text: string;
}

/**
 * The mails in an outbox folder (development without SMTP), newest first, parsed by mailparser
 * (the files are MIME, whose quoted-printable text breaks long links across lines).
 */
export async function readOutbox(dir: string, { limit = 50 } = {}): Promise<OutboxMail[]> {
  const files = await fs.readdir(dir).catch(() => [] as string[]);
  const newest = files
    .filter((file) => file.endsWith(".eml"))
    .sort()
    .reverse()
    .slice(0, limit);
  return Promise.all(
    newest.map(async (file) => {
      const parsed = await simpleParser(await fs.readFile(path.join(dir, file)));
      const to = [parsed.to]
        .flat()
        .flatMap((address) => address?.value ?? [])
        .map((address) => (address.address ?? "").toLowerCase());
      return {
        file,
        date: parsed.date ?? new Date(0),
        to,
        subject: parsed.subject ?? "",
        text: parsed.text ?? "",
      };
    }),
  );
}
