import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65535);
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === "" ? undefined : value));

const schema = z.object({
  /** smtp://user:pass@host:587 or smtps://… (takes precedence over the SMTP_HOST group). */
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === "" ? undefined : value))
    .refine(
      (value) => value === undefined || /^smtps?:\/\/[^/\s]+/.test(value),
      "SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465",
    ),
  SMTP_HOST: optionalText,
  SMTP_PORT: port.optional(),
  SMTP_USER: optionalText,
  SMTP_PASSWORD: optionalText,
  /** TLS from the start (usually port 465); otherwise STARTTLS is used when offered. */
  SMTP_SECURE: z.enum(["true", "false"]).default("false"),
  /** The sender, e.g. `AI/ML Job Market <no-reply@example.com>`. */
  MAIL_FROM: optionalText,
  /** Where mails go when no SMTP server is configured (development only). */
  MAIL_OUTBOX_DIR: optionalText,
});

export type MailTransportSettings =
  | { kind: "smtp"; url: string; from: string }
  | {
      kind: "smtp";
      host: string;
      port: number;
      secure: boolean;
      user?: string;
      password?: string;
      from: string;
    }
  | { kind: "outbox"; dir: string; from: string };

/**
 * The mail settings. A deployment (production build on an https URL) must name an SMTP server:
 * password resets and verification links would otherwise never reach anyone. Anywhere else the
 * mails are written to an outbox folder the developer can read.
 */
export function readMailSettings(
  source: Record<string, string | undefined>,
  {
    deployed,
    baseURL,
    defaultOutboxDir,
  }: { deployed: boolean; baseURL: string; defaultOutboxDir: string },
): MailTransportSettings {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new Error(
      `Invalid mail configuration: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  const env = parsed.data;
  const from = env.MAIL_FROM ?? `AI/ML Job Market <no-reply@${new URL(baseURL).hostname}>`;
  if (env.SMTP_URL) return { kind: "smtp", url: env.SMTP_URL, from };
  if (env.SMTP_HOST) {
    const secure = env.SMTP_SECURE === "true";
    return {
      kind: "smtp",
      host: env.SMTP_HOST,
      port: env.SMTP_PORT ?? (secure ? 465 : 587),
      secure,
      user: env.SMTP_USER,
      password: env.SMTP_PASSWORD,
      from,
    };
  }
  if (deployed) {
    throw new Error(
      "Invalid mail configuration: set SMTP_URL (or SMTP_HOST with SMTP_PORT, SMTP_USER, SMTP_PASSWORD) " +
        "and MAIL_FROM. Password resets and email verification cannot be sent without them.",
    );
  }
  return { kind: "outbox", dir: env.MAIL_OUTBOX_DIR ?? defaultOutboxDir, from };
}
