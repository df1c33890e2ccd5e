import "./helpers/production-mode";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createMailer, readMailSettings } from "@aiml/auth";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { logger } from "@aiml/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkIn, type SmtpInbox, startSmtpInbox } from "../mail/smtp-inbox";
import {
  authPost,
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
  auth = createTestAuth(t, { baseURL: PRODUCTION_URL, env: { SMTP_URL: inbox.url } });
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

describe("email verification", () => {
  it("mails a link on sign-up; following it confirms the address", async () => {
    const { email, userId } = await signUp(auth);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerified).toBe(
      false,
    );
    const mail = await inbox.takeMail(email, /confirm your email/i);
    const token = linkIn(mail, `${PRODUCTION_URL}/verify-email?token=`).searchParams.get("token");
    // What the page's Confirm button posts to (/api/verify-email) calls this.
    await auth.auth.api.verifyEmail({ query: { token: token ?? "" } });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerified).toBe(true);
  });

  it("refuses a forged token", async () => {
    await expect(
      auth.auth.api.verifyEmail({ query: { token: "not.a.token" } }),
    ).rejects.toMatchObject({ statusCode: 401 });
  });

  it("resends on request, answering the same for unknown addresses", async () => {
    const { email } = await signUp(auth);
    await inbox.takeMail(email, /confirm/i);
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
    await inbox.takeMail(email, /confirm/i);
  });
});

describe("sign-up with an email that has an account", () => {
  it("answers like a new sign-up, signs no one in, and mails the owner", async () => {
    const { email, userId } = await signUp(auth);
    const body = { email, password: "someone else's password", name: "Mallory" };
    const fresh = await authPost(
      auth,
      "/sign-up/email",
      { ...body, email: uniqueEmail() },
      {
        "x-forwarded-for": freshIp(),
      },
    );
    const taken = await authPost(auth, "/sign-up/email", body, { "x-forwarded-for": freshIp() });
    expect(taken.status).toBe(fresh.status);
    const [freshBody, takenBody] = [await fresh.json(), await taken.json()];
    expect(Object.keys(takenBody)).toEqual(Object.keys(freshBody));
    expect(Object.keys(takenBody.user)).toEqual(Object.keys(freshBody.user));
    expect(takenBody.token).toBeNull();
    expect(freshBody.token).toBeNull();
    expect(takenBody.user.id).not.toBe(userId);
    expect(sessionCookie(taken)).toBeNull();

    const mail = await inbox.takeMail(email, /tried to create an account/i);
    expect(mail.text).toContain(`${PRODUCTION_URL}/forgot-password`);
    // Nothing changed: the owner's password still works, the stranger's does not.
    expect((await signIn(auth, email, PASSWORD)).status).toBe(200);
    expect((await signIn(auth, email, body.password)).status).toBe(401);
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

  it("writes mails to the outbox folder when developing without SMTP", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aiml-outbox-"));
    try {
      const settings = readMailSettings({ MAIL_OUTBOX_DIR: dir }, base);
      const mailer = createMailer(settings, logger.child({}, { level: "silent" }));
      await mailer.send({
        to: "dev@example.test",
        subject: "Hello",
        text: "Hi",
        html: "<p>Hi</p>",
      });
      const files = fs.readdirSync(dir);
      expect(files).toHaveLength(1);
      const eml = fs.readFileSync(path.join(dir, files[0] ?? ""), "utf8");
      expect(eml).toMatch(/^To: dev@example.test$/m);
      expect(eml).toMatch(/^Subject: Hello$/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
