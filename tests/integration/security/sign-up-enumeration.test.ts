import "../helpers/production-mode";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkIn, type SmtpInbox, startSmtpInbox } from "../../mail/smtp-inbox";
import {
  authPost,
  createTestAuth,
  freshIp,
  PRODUCTION_URL,
  signIn,
  signUp,
  type TestAuth,
  uniqueEmail,
} from "../helpers/auth-http";

let t: TestDatabase;
let inbox: SmtpInbox;
let a: TestAuth;

beforeAll(async () => {
  t = await createTestDatabase();
  inbox = await startSmtpInbox();
  a = createTestAuth(t, { baseURL: PRODUCTION_URL, inbox });
});
afterAll(async () => {
  await a?.close();
  await inbox?.close();
  await t?.drop();
});

const STRANGER_PASSWORD = "a stranger's long passphrase";

/** Everything a client sees of an answer, with what differs per request by nature masked. */
async function seen(response: Response, email: string) {
  const headers: [string, string][] = [];
  response.headers.forEach((value, name) => {
    headers.push([name, value]);
  });
  const shown = headers.filter(([name]) => name !== "date");
  const text = await response.text();
  const masked = text
    .replaceAll(email, "<email>")
    .replace(/"id":"[^"]+"/, '"id":"<id>"')
    .replace(/"(createdAt|updatedAt)":"[^"]+"/g, '"$1":"<time>"');
  return {
    status: response.status,
    headers: shown,
    setCookie: response.headers.getSetCookie(),
    location: response.headers.get("location"),
    body: masked,
  };
}

/** The same sign-up (name, password, shape) for a new address and for a registered one. */
async function signUpBoth(send: (email: string) => Promise<Response>) {
  const owner = await signUp(a);
  const stranger = uniqueEmail();
  const fresh = await send(stranger);
  const taken = await send(owner.email);
  return {
    owner,
    stranger,
    fresh: await seen(fresh, stranger),
    taken: await seen(taken, owner.email),
  };
}

const json = (email: string) =>
  authPost(
    a,
    "/sign-up/email",
    { email, password: STRANGER_PASSWORD, name: "Mallory", callbackURL: "/scenarios" },
    { "x-forwarded-for": freshIp() },
  );

// What a plain HTML form would send (no script): the same endpoint, form-encoded.
const formPost = (email: string) =>
  a.handle(
    new Request(`${PRODUCTION_URL}/api/auth/sign-up/email`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: PRODUCTION_URL,
        "x-forwarded-for": freshIp(),
      },
      body: new URLSearchParams({ email, password: STRANGER_PASSWORD, name: "Mallory" }),
    }),
  );

describe("sign-up does not tell whether an email is registered", () => {
  it.each([
    ["JSON", json],
    ["form post", formPost],
  ])("answers a %s sign-up identically: status, headers, no cookie, body", async (_, send) => {
    const { fresh, taken } = await signUpBoth(send);
    expect(taken).toEqual(fresh);
    expect(fresh.status).toBe(200);
    expect(fresh.setCookie).toEqual([]);
    expect(fresh.location).toBeNull();
  });

  it("answers 200 with no session for both, and creates an unconfirmed account only for the new one", async () => {
    const { owner, stranger, fresh } = await signUpBoth(json);
    expect(fresh.status).toBe(200);
    expect(JSON.parse(fresh.body)).toMatchObject({ token: null, user: { emailVerified: false } });
    const created = await t.db.user.findUniqueOrThrow({ where: { email: stranger } });
    expect(created.emailVerified).toBe(false);
    expect(await t.db.session.count({ where: { userId: created.id } })).toBe(0);
    // The owner's account is untouched: their password works, the stranger's does not.
    expect((await signIn(a, owner.email)).status).toBe(200);
    expect((await signIn(a, owner.email, STRANGER_PASSWORD)).status).toBe(401);
  });

  it("mails the new address a confirmation link and the registered one a warning, one each", async () => {
    const { owner, stranger } = await signUpBoth(json);
    const confirmation = await inbox.takeMail(stranger, /./);
    const warning = await inbox.takeMail(owner.email, /./);
    expect(confirmation.subject).toBe("Confirm your email address");
    expect(linkIn(confirmation, `${PRODUCTION_URL}/verify-email?token=`)).toBeTruthy();

    expect(warning.subject).toBe("Someone tried to create an account with your email");
    expect(linkIn(warning, `${PRODUCTION_URL}/sign-in`).pathname).toBe("/sign-in");
    expect(linkIn(warning, `${PRODUCTION_URL}/forgot-password`).pathname).toBe("/forgot-password");
    // The warning carries nothing that signs in or confirms.
    expect(warning.text).not.toMatch(/token=/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(inbox.mailsTo(stranger)).toHaveLength(1);
    // The owner's own sign-up (and its confirmation) came first; the warning is the only other.
    expect(inbox.mailsTo(owner.email).map((m) => m.subject)).toEqual([
      "Confirm your email address",
      "Someone tried to create an account with your email",
    ]);
  });
});
