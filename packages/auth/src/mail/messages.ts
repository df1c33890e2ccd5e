import type { MailMessage } from "./mailer";

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

interface MailLink {
  label: string;
  url: string;
}

/**
 * A short mail with its links, as plain text and as simple HTML. Each link stands alone on its
 * line in the text, so no punctuation sticks to it.
 */
function linkMail(
  to: string,
  subject: string,
  lines: string[],
  links: MailLink | MailLink[],
  footer: string,
): MailMessage {
  const list = [links].flat();
  const text = [...lines, "", ...list.map((l) => `${l.label}:\n${l.url}\n`), footer].join("\n");
  const html = [
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    ...list.map((l) => `<p><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a></p>`),
    `<p style="color:#555">${escapeHtml(footer)}</p>`,
  ].join("\n");
  return { to, subject, text, html };
}

export function verificationMail(to: string, url: string): MailMessage {
  return linkMail(
    to,
    "Confirm your email address",
    [
      "Welcome to AI/ML Job Market.",
      "Confirm that this address is yours to finish setting up your account.",
    ],
    { label: "Confirm my email", url },
    "The link works for one hour. If you did not create an account, ignore this mail.",
  );
}

export function passwordResetMail(to: string, url: string): MailMessage {
  return linkMail(
    to,
    "Reset your password",
    ["Someone (hopefully you) asked to reset the password of your AI/ML Job Market account."],
    { label: "Choose a new password", url },
    "The link works once, for one hour, and signs you out everywhere. If you did not ask for it, ignore this mail: your password stays as it is.",
  );
}

export function existingAccountMail(to: string, signInUrl: string, resetUrl: string): MailMessage {
  return linkMail(
    to,
    "Someone tried to create an account with your email",
    [
      "Someone tried to create an AI/ML Job Market account with this address, which already has one.",
      "If it was you, sign in instead, or reset your password if you forgot it.",
    ],
    [
      { label: "Sign in", url: signInUrl },
      { label: "Reset my password", url: resetUrl },
    ],
    "If it was not you, you can ignore this mail: nothing was changed, and no one was signed in.",
  );
}
