import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** The raw message as the server received it. */
  raw: Buffer;
}

export interface SmtpInbox {
  /** smtp://127.0.0.1:<port> for SMTP_URL. */
  url: string;
  port: number;
  mails: ReceivedMail[];
  /**
   * The oldest mail to this address whose subject matches that no call took before, waiting
   * for it up to timeoutMs.
   */
  takeMail(address: string, subject?: RegExp, timeoutMs?: number): Promise<ReceivedMail>;
  /** Mails received for this address so far. */
  mailsTo(address: string): ReceivedMail[];
  close(): Promise<void>;
}

const addresses = (parsed: ParsedMail) =>
  [parsed.to]
    .flat()
    .flatMap((to) => to?.value ?? [])
    .map((a) => (a.address ?? "").toLowerCase());

/**
 * A real SMTP server in this process (the `smtp-server` package): mails sent to it are parsed
 * (by `mailparser`) and kept, so a test can read what a user would find in their inbox.
 */
export async function startSmtpInbox({
  port = 0,
  onMail,
}: {
  port?: number;
  /** Called with each mail as it arrives. */
  onMail?: (mail: ReceivedMail) => void;
} = {}): Promise<SmtpInbox> {
  const mails: ReceivedMail[] = [];
  const taken = new Set<ReceivedMail>();
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            const mail = {
              to: addresses(parsed),
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              html: typeof parsed.html === "string" ? parsed.html : "",
              raw,
            };
            mails.push(mail);
            onMail?.(mail);
            for (const wake of waiters) wake();
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actualPort = (server.server.address() as AddressInfo).port;
  const mailsTo = (address: string) => mails.filter((m) => m.to.includes(address.toLowerCase()));
  const untaken = (address: string, subject: RegExp) =>
    mailsTo(address).find((m) => !taken.has(m) && subject.test(m.subject));
  return {
    url: `smtp://127.0.0.1:${actualPort}`,
    port: actualPort,
    mails,
    mailsTo,
    takeMail(address, subject = /./, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const mail = untaken(address, subject);
          if (!mail) return;
          taken.add(mail);
          waiters.delete(check);
          clearTimeout(timer);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no mail to ${address} matching ${subject} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a mail's text that starts with this URL prefix. */
export function linkIn(mail: Pick<ReceivedMail, "text" | "subject">, prefix: string): URL {
  const match = mail.text.match(/https?:\/\/\S+/g)?.find((url) => url.startsWith(prefix));
  if (!match) throw new Error(`no link to ${prefix} in the mail "${mail.subject}"`);
  return new URL(match);
}
