import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { Logger } from "@aiml/logger";
import nodemailer from "nodemailer";
import type { MailTransportSettings } from "./env";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  /** Sends the message, or writes it to the outbox; throws when it could do neither. */
  send(message: MailMessage): Promise<void>;
  readonly kind: MailTransportSettings["kind"];
  /** Where mails are written when there is no SMTP server. */
  readonly outboxDir?: string;
}

function smtpTransport(settings: Extract<MailTransportSettings, { kind: "smtp" }>) {
  if ("url" in settings) return nodemailer.createTransport(settings.url);
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? "" } } : {}),
  });
}

/**
 * Mail through nodemailer: to the SMTP server, or (without one, outside a deployment) as .eml
 * files in the outbox folder, each announced in the log so no mail goes unnoticed.
 */
export function createMailer(settings: MailTransportSettings, log: Logger): Mailer {
  if (settings.kind === "smtp") {
    const transport = smtpTransport(settings);
    return {
      kind: "smtp",
      async send(message) {
        await transport.sendMail({ from: settings.from, ...message });
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return {
    kind: "outbox",
    outboxDir: settings.dir,
    async send(message) {
      const info = await transport.sendMail({ from: settings.from, ...message });
      await fs.mkdir(settings.dir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      const file = path.join(settings.dir, `${stamp}-${randomBytes(3).toString("hex")}.eml`);
      await fs.writeFile(file, info.message as Buffer, { mode: 0o600 });
      log.warn(
        { event: "mail.outbox", file, subject: message.subject },
        "No SMTP server is configured: the mail was written to the outbox instead of being sent",
      );
    },
  };
}
