import "./helpers/production-mode";
import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
} from "./helpers/auth-http";
import { enableTwoFactor, type TwoFactorSetup, wrongCode } from "./helpers/two-factor";
import { createUserCaller } from "./helpers/users";

let t: TestDatabase;
let a: TestAuth;
let email: string;
let setup: TwoFactorSetup;

beforeAll(async () => {
  t = await createTestDatabase();
  a = createTestAuth(t, { baseURL: PRODUCTION_URL });
  const account = await signUp(a);
  email = account.email;
  setup = await enableTwoFactor(a, account.cookie);
});
afterAll(async () => {
  await a?.close();
  await t?.drop();
});

/** Every cookie a response sets, as a browser would send them back. */
const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .filter((c) => !c.endsWith("="))
    .join("; ");

/** Signs in with the password: the answer asks for the second factor and signs no one in. */
async function passwordStep(): Promise<string> {
  const response = await signIn(a, email);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ twoFactorRedirect: true });
  expect(sessionCookie(response)).toBeNull();
  return cookiesOf(response);
}

const second = (path: string, challenge: string, code: string) =>
  authPost(a, `/two-factor/${path}`, { code }, { cookie: challenge, "x-forwarded-for": freshIp() });

const sessionUserOf = async (cookie: string) => a.getSession(new Headers({ cookie }));

describe("two-factor sign-in", () => {
  it("turns on with the password and a first code, and marks the account", async () => {
    const user = await t.db.user.findUniqueOrThrow({ where: { email } });
    expect(user.twoFactorEnabled).toBe(true);
    expect(setup.backupCodes).toHaveLength(10);
    // Secrets are stored encrypted, never as the authenticator's base32 secret.
    const row = await t.db.twoFactor.findFirstOrThrow({
      where: { userId: user.id },
      omit: { secret: false, backupCodes: false },
    });
    expect(row.secret).not.toContain(setup.totp.secret.base32);
    for (const code of setup.backupCodes) expect(row.backupCodes).not.toContain(code);
  });

  it("asks for a code after the password; a wrong code is refused, the right one signs in", async () => {
    const challenge = await passwordStep();
    const wrong = await second("verify-totp", challenge, wrongCode(setup.totp));
    expect(wrong.status).toBe(401);
    expect(sessionCookie(wrong)).toBeNull();

    const right = await second("verify-totp", challenge, setup.totp.generate());
    expect(right.status).toBe(200);
    const cookie = sessionCookie(right);
    expect(cookie).not.toBeNull();
    expect((await sessionUserOf(cookie ?? ""))?.user.email).toBe(email);
  });

  it("a code without the password step signs no one in", async () => {
    const response = await second("verify-totp", "", setup.totp.generate());
    expect(response.status).toBe(401);
    expect(sessionCookie(response)).toBeNull();
  });

  it("takes a backup code once", async () => {
    const [code] = setup.backupCodes;
    const first = await second("verify-backup-code", await passwordStep(), code ?? "");
    expect(first.status).toBe(200);
    expect(sessionCookie(first)).not.toBeNull();

    const again = await second("verify-backup-code", await passwordStep(), code ?? "");
    expect(again.status).toBe(401);
    expect(sessionCookie(again)).toBeNull();
  });

  it("regenerates backup codes with the password; the old ones stop working", async () => {
    const signedIn = await second("verify-totp", await passwordStep(), setup.totp.generate());
    const cookie = sessionCookie(signedIn) ?? "";
    const wrongPassword = await authPost(
      a,
      "/two-factor/generate-backup-codes",
      { password: "not the password" },
      { cookie, "x-forwarded-for": freshIp() },
    );
    expect(wrongPassword.status).toBe(400);
    const regenerated = await authPost(
      a,
      "/two-factor/generate-backup-codes",
      { password: PASSWORD },
      { cookie, "x-forwarded-for": freshIp() },
    );
    expect(regenerated.status).toBe(200);
    const { backupCodes } = (await regenerated.json()) as { backupCodes: string[] };
    expect(backupCodes).toHaveLength(10);
    expect(backupCodes).not.toContain(setup.backupCodes[1]);

    const old = await second(
      "verify-backup-code",
      await passwordStep(),
      setup.backupCodes[1] ?? "",
    );
    expect(old.status).toBe(401);
    const fresh = await second("verify-backup-code", await passwordStep(), backupCodes[0] ?? "");
    expect(fresh.status).toBe(200);
  });
});

describe("the account page's QR code", () => {
  it("draws the setup URI as an inline SVG, and refuses anything but a TOTP URI", async () => {
    const { caller } = await createUserCaller(t.db);
    const uri = setup.totp.toString();
    const { svg } = await caller.account.totpQrCode({ uri });
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script|on\w+=/i);
    await expect(
      caller.account.totpQrCode({ uri: "https://example.com/?<script>" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
