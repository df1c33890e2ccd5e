import "./helpers/production-mode";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createMailer, readMailSettings } from "@aiml/auth";
import { readOutbox } from "@aiml/auth/outbox";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { logger } from "@aiml/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkIn, type SmtpInbox, startSmtpInbox } from "../mail/smtp-inbox";
import {
  authPost,
  confirmEmail,
  createTestAuth,
  freshIp,
  PASSWORD,
  PRODUCTION_URL,
  sessionCookie,
  signIn,
  signUp,
  type TestAuth,
  tokenOf,
  uniqueEmail,
} from "./helpers/auth-http";

let t: TestDatabase;
let inbox: SmtpInbox;
let auth: TestAuth;

beforeAll(async () => {
  t = await createTestDatabase();
  inbox = await startSmtpInbox();
  auth = createTestAuth(t, { baseURL: PRODUCTION_URL, inbox });
});
afterAll(async () => {
  await auth?.close();
  await inbox?.close();
  await t?.drop();
});

/** Better Auth limits these endpoints per client: each call comes from an address of its own. */
const ip = () => ({ "x-forwarded-for": freshIp() });

const NEW_PASSWORD = "a brand new passphrase";

describe("password reset by mail", () => {
  it("mails a single-use link that sets a new password and ends every session", async () => {
    const { email, cookie, userId } = await signUp(auth);
    const second = sessionCookie(await signIn(auth, email));
    expect(second).not.toBeNull();
    expect(await t.db.session.count({ where: { userId } })).toBe(2);

    const asked = await authPost(auth, "/request-password-reset", { email }, ip());
    expect(asked.status).toBe(200);
    const mail = await inbox.takeMail(email, /reset your password/i);
    const link = linkIn(mail, `${PRODUCTION_URL}/reset-password?token=`);
    const token = link.searchParams.get("token") ?? "";
    expect(mail.html).toContain(link.toString().replace(/&/g, "&amp;"));

    const reset = await authPost(auth, "/reset-password", { token, newPassword: NEW_PASSWORD });
    expect(reset.status).toBe(200);
    // Every session, including the one that asked, is gone.
    expect(await t.db.session.count({ where: { userId } })).toBe(0);
    const old = await t.db.session.findUnique({ where: { token: tokenOf(cookie) } });
    expect(old).toBeNull();

    expect((await signIn(auth, email, PASSWORD)).status).toBe(401);
    expect((await signIn(auth, email, NEW_PASSWORD)).status).toBe(200);

    // The link works once.
    const again = await authPost(auth, "/reset-password", {
      token,
      newPassword: "yet another one!",
    });
    expect(again.status).toBe(400);
    expect((await signIn(auth, email, NEW_PASSWORD)).status).toBe(200);
  });

  it("refuses an expired link", async () => {
    const { email } = await signUp(auth);
    await authPost(auth, "/request-password-reset", { email }, ip());
    const token =
      linkIn(await inbox.takeMail(email, /reset/i), PRODUCTION_URL).searchParams.get("token") ?? "";
    await t.db.verification.updateMany({
      where: { identifier: `reset-password:${token}` },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const reset = await authPost(auth, "/reset-password", { token, newPassword: NEW_PASSWORD });
    expect(reset.status).toBe(400);
    expect((await signIn(auth, email, PASSWORD)).status).toBe(200);
  });

  it("answers the same for an unregistered address and mails no one", async () => {
    const { email } = await signUp(auth);
    const stranger = uniqueEmail();
    const known = await authPost(auth, "/request-password-reset", { email }, ip());
    const unknown = await authPost(auth, "/request-password-reset", { email: stranger }, ip());
    expect(unknown.status).toBe(known.status);
    expect(await unknown.json()).toEqual(await known.json());
    await inbox.takeMail(email, /reset/i);
    expect(inbox.mailsTo(stranger)).toEqual([]);
  });
});

/** The sign-up form alone: the account waits for its confirmation mail. */
async function signUpUnconfirmed(email = uniqueEmail(), body: Record<string, unknown> = {}) {
  const response = await authPost(
    auth,
    "/sign-up/email",
    { email, password: PASSWORD, name: "Test", ...body },
    ip(),
  );
  expect(response.status).toBe(200);
  return email;
}

describe("email verification", () => {
  it("mails a link on sign-up; its button confirms the address, signs in and goes on", async () => {
    const email = await signUpUnconfirmed(uniqueEmail(), { callbackURL: "/scenarios/compare" });
    const user = await t.db.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerified).toBe(false);
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(0);

    const mail = await inbox.takeMail(email, /confirm your email/i);
    const link = linkIn(mail, `${PRODUCTION_URL}/verify-email?token=`);
    expect(link.searchParams.get("next")).toBe("/scenarios/compare");
    const confirmed = await confirmEmail(auth, mail);
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get("location")).toBe("/scenarios/compare");
    const cookie = sessionCookie(confirmed);
    expect(cookie).not.toBeNull();
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBe(
      true,
    );
    const session = await auth.getSession(new Headers({ cookie: cookie ?? "" }));
    expect(session?.user.id).toBe(user.id);

    // The link used again confirms nothing more and signs no one in.
    const again = await confirmEmail(auth, mail);
    expect(again.status).toBe(303);
    expect(again.headers.get("location")).toBe("/verify-email?status=verified");
    expect(sessionCookie(again)).toBeNull();
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses a forged token and a post from another site", async () => {
    const forged = await confirmEmail(auth, {
      to: [],
      subject: "forged",
      text: `${PRODUCTION_URL}/verify-email?token=not.a.token`,
    });
    expect(forged.status).toBe(303);
    expect(forged.headers.get("location")).toBe("/verify-email?status=invalid");
    expect(sessionCookie(forged)).toBeNull();

    // A foreign page posting its owner's own token would sign the visitor in as its owner.
    const email = await signUpUnconfirmed();
    const mail = await inbox.takeMail(email, /confirm your email/i);
    const crossSite = await confirmEmail(auth, mail, { origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    expect(sessionCookie(crossSite)).toBeNull();
    expect((await t.db.user.findUniqueOrThrow({ where: { email } })).emailVerified).toBe(false);
  });

  it("refuses an unconfirmed account's sign-in, only with the right password, and resends", async () => {
    const email = await signUpUnconfirmed();
    await inbox.takeMail(email, /confirm your email/i);
    const wrong = await signIn(auth, email, "not the password at all");
    expect(wrong.status).toBe(401);
    const unconfirmed = await signIn(auth, email);
    expect(unconfirmed.status).toBe(403);
    expect((await unconfirmed.json()).code).toBe("EMAIL_NOT_VERIFIED");
    expect(sessionCookie(unconfirmed)).toBeNull();

    const known = await authPost(auth, "/send-verification-email", { email }, ip());
    const unknown = await authPost(
      auth,
      "/send-verification-email",
      { email: uniqueEmail() },
      ip(),
    );
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect(await unknown.json()).toEqual(await known.json());
    const resent = await inbox.takeMail(email, /confirm your email/i);
    expect(sessionCookie(await confirmEmail(auth, resent))).not.toBeNull();
    expect((await signIn(auth, email)).status).toBe(200);
  });
});

describe("mail settings", () => {
  const base = { deployed: false, baseURL: PRODUCTION_URL, defaultOutboxDir: "/tmp/x" };

  it("refuses a deployment without an SMTP server, naming the variables", () => {
    expect(() => readMailSettings({}, { ...base, deployed: true })).toThrow(/SMTP_URL/);
    expect(
      readMailSettings({ SMTP_URL: "smtp://mail:25" }, { ...base, deployed: true }),
    ).toMatchObject({ kind: "smtp", url: "smtp://mail:25" });
    expect(() => readMailSettings({ SMTP_URL: "http://nope" }, base)).toThrow(/SMTP_URL/);
    expect(() => readMailSettings({ SMTP_HOST: "mail", SMTP_PORT: "99999" }, base)).toThrow(
      /SMTP_PORT/,
    );
  });

  it("writes mails to the outbox folder when developing without SMTP, read back whole", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aiml-outbox-"));
    try {
      const settings = readMailSettings({ MAIL_OUTBOX_DIR: dir }, base);
      const mailer = createMailer(settings, logger.child({}, { level: "silent" }));
      // Longer than a MIME line: the file breaks it, the outbox reader joins it again.
      const link = `${PRODUCTION_URL}/verify-email?token=${"x".repeat(300)}`;
      await mailer.send({
        to: "dev@example.test",
        subject: "Hello",
        text: `Hi\n\n${link}`,
        html: "<p>Hi</p>",
      });
      const files = fs.readdirSync(dir);
      expect(files).toHaveLength(1);
      const eml = fs.readFileSync(path.join(dir, files[0] ?? ""), "utf8");
      expect(eml).toMatch(/^To: dev@example.test$/m);
      expect(eml).toMatch(/^Subject: Hello$/m);
      const [read] = await readOutbox(dir);
      expect(read).toMatchObject({ to: ["dev@example.test"], subject: "Hello" });
      expect(linkIn(read ?? { subject: "", text: "" }, link).toString()).toBe(link);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
