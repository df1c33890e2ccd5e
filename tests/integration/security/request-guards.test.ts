import "../helpers/production-mode";
import { admitUpload, MAX_TRPC_BODY_BYTES } from "@aiml/api";
import { defaultScenarioInputs } from "@aiml/domain";
import {
  cappedBody,
  crossSiteRefusal,
  MAX_AUTH_BODY_BYTES,
  signOutRoute,
} from "@aiml/web/serving/routes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authPost, freshIp, uniqueEmail } from "../helpers/auth-http";
import { type HttpApp, startHttpApp } from "../helpers/http-app";
import { encodeInput, TRPC_ENDPOINT, TRPC_ORIGIN } from "../helpers/trpc-http";

// What every state-changing route checks before it reads a body: that the browser did not send
// it from another site, and that the body fits the route.

let app: HttpApp;

beforeAll(async () => {
  app = await startHttpApp();
});
afterAll(async () => {
  await app?.close();
});

const EVIL = "https://evil.example";
const crossSiteHeaders: Record<string, string>[] = [
  { origin: EVIL },
  { origin: "null" },
  { origin: `${TRPC_ORIGIN}.evil.example` },
  { "sec-fetch-site": "cross-site" },
  { "sec-fetch-site": "same-site" },
  { origin: EVIL, "sec-fetch-site": "same-origin" },
];

function createScenario(headers: Record<string, string>, body?: BodyInit) {
  return app.server.handle(
    new Request(`${TRPC_ORIGIN}${TRPC_ENDPOINT}/scenario.create`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: app.cookies.user ?? "", ...headers },
      body: body ?? encodeInput({ inputs: defaultScenarioInputs }),
      duplex: "half",
    } as RequestInit),
  );
}

const scenarioCount = () => app.t.db.scenario.count();

describe("cross-site requests", () => {
  it("a tRPC mutation from another site is refused with 403 and changes nothing", async () => {
    const before = await scenarioCount();
    for (const headers of crossSiteHeaders) {
      expect((await createScenario(headers)).status, JSON.stringify(headers)).toBe(403);
    }
    expect(await scenarioCount()).toBe(before);
    // The app's own pages, and programs that send neither header, still work.
    expect((await createScenario({ origin: TRPC_ORIGIN })).status).toBe(200);
    expect((await createScenario({ "sec-fetch-site": "same-origin" })).status).toBe(200);
    expect((await createScenario({})).status).toBe(200);
    expect(await scenarioCount()).toBe(before + 3);
  });

  it("a sign-out posted from another site is refused and the session keeps working", async () => {
    const signOut = signOutRoute(
      () => app.auth.auth,
      () => [app.auth.baseURL],
    );
    const post = (headers: Record<string, string>) =>
      signOut(
        new Request(`${app.auth.baseURL}/api/sign-out`, {
          method: "POST",
          headers: { cookie: app.cookies.otherUser ?? "", ...headers },
        }),
      );
    for (const headers of crossSiteHeaders) {
      expect((await post(headers)).status, JSON.stringify(headers)).toBe(403);
    }
    const session = () => app.auth.getSession(new Headers({ cookie: app.cookies.otherUser ?? "" }));
    expect(await session()).not.toBeNull();
    const out = await post({ origin: app.auth.baseURL });
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toBe("/");
    expect(await session()).toBeNull();
  });

  it("every auth endpoint refuses another site's posts, with or without a cookie", async () => {
    const email = uniqueEmail();
    for (const [path, body] of [
      ["/sign-up/email", { email, password: "a long enough passphrase", name: "X" }],
      ["/sign-in/email", { email, password: "a long enough passphrase" }],
      ["/sign-out", {}],
      ["/change-password", { currentPassword: "x".repeat(12), newPassword: "y".repeat(12) }],
      ["/update-user", { name: "Renamed" }],
    ] as const) {
      for (const headers of crossSiteHeaders) {
        const response = await app.auth.handle(
          new Request(`${app.auth.baseURL}/api/auth${path}`, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              cookie: app.cookies.user ?? "",
              "x-forwarded-for": freshIp(),
              ...headers,
            },
            body: JSON.stringify(body),
          }),
        );
        expect(response.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
      }
    }
    expect(await app.t.db.user.count({ where: { email } })).toBe(0);
  });

  it("an upload from another site is refused before anything else", () => {
    for (const headers of crossSiteHeaders) {
      const request = new Request(`${TRPC_ORIGIN}/api/admin/datasets/x/import/preview`, {
        method: "POST",
        headers,
        body: "key,label\n",
      });
      expect(crossSiteRefusal(request, [TRPC_ORIGIN])?.status).toBe(403);
    }
  });
});

/** A body that sends `chunks` of `size` bytes, counting how many were pulled. */
function streamOf(chunks: number, size: number) {
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= chunks) {
        controller.close();
        return;
      }
      state.pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  return { stream, state };
}

describe("request bodies over a route's cap", () => {
  it("tRPC: a declared 10 MB is refused with 413 without reading a byte", async () => {
    const { stream, state } = streamOf(160, 64 * 1024);
    const response = await createScenario({ "content-length": String(10 * 1024 * 1024) }, stream);
    expect(response.status).toBe(413);
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it("tRPC: a chunked body without a length stops being read at the cap", async () => {
    const { stream, state } = streamOf(160, 64 * 1024);
    const response = await createScenario({}, stream);
    expect(response.status).toBe(413);
    expect(state.pulled * 64 * 1024).toBeLessThanOrEqual(MAX_TRPC_BODY_BYTES + 128 * 1024);
  });

  it("auth: a sign-up body over 64 kB is a 413 before Better Auth parses it", async () => {
    const email = uniqueEmail();
    const { stream, state } = streamOf(40, 16 * 1024);
    const response = await app.auth.handle(
      new Request(`${app.auth.baseURL}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: app.auth.baseURL },
        body: stream,
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(state.pulled * 16 * 1024).toBeLessThanOrEqual(MAX_AUTH_BODY_BYTES + 32 * 1024);
    const padded = { email, password: "a long enough passphrase", name: "n".repeat(70_000) };
    expect((await authPost(app.auth, "/sign-up/email", padded)).status).toBe(413);
    expect(await app.t.db.user.count({ where: { email } })).toBe(0);
  });
});

describe("request bodies that stop arriving", () => {
  it("are a 408 once no byte came for the idle time, with the connection to be closed", async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"json":'));
      },
    });
    const started = Date.now();
    const answer = await cappedBody(
      new Request(`${TRPC_ORIGIN}${TRPC_ENDPOINT}/scenario.create`, {
        method: "POST",
        body: stalled,
        duplex: "half",
      } as RequestInit),
      MAX_TRPC_BODY_BYTES,
      { idleMs: 200, totalMs: 1_000 },
    );
    expect((answer as Response).status).toBe(408);
    expect((answer as Response).headers.get("connection")).toBe("close");
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe("uploads (the admin import routes)", () => {
  const upload = (cookie: string | null, headers: Record<string, string>, body: BodyInit) =>
    new Request(`${TRPC_ORIGIN}/api/admin/datasets/x/import/preview`, {
      method: "POST",
      headers: {
        "content-type": "application/octet-stream",
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      body,
      duplex: "half",
    } as RequestInit);
  const gate = { db: () => app.t.db, getSession: (h: Headers) => app.auth.getSession(h) };
  const admit = (request: Request, timeouts = { idleMs: 300, totalMs: 1_000 }) =>
    admitUpload(request, { db: gate.db(), getSession: gate.getSession, timeouts });

  it("anonymous and non-admin callers are refused before a byte is read", async () => {
    for (const [cookie, status] of [
      [null, 401],
      [app.cookies.user, 403],
    ] as const) {
      const { stream, state } = streamOf(1000, 64 * 1024);
      const started = Date.now();
      const answer = await admit(upload(cookie, { "content-length": String(40 << 20) }, stream));
      expect(answer).toBeInstanceOf(Response);
      expect((answer as Response).status).toBe(status);
      expect(state.pulled).toBeLessThanOrEqual(1);
      expect(Date.now() - started).toBeLessThan(1_000);
    }
  });

  it("an admin's declared length over 40 MB is a 413 at once", async () => {
    const { stream, state } = streamOf(1000, 64 * 1024);
    const answer = await admit(
      upload(app.cookies.admin, { "content-length": String((40 << 20) + 1) }, stream),
    );
    expect((answer as Response).status).toBe(413);
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it("a body that stops arriving is a 408 within the time limit", async () => {
    // 1 kB, then nothing: a client that declared 40 MB and stalls.
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const started = Date.now();
    const answer = await admit(
      upload(app.cookies.admin, { "content-length": String(40 << 20) }, stalled),
    );
    expect((answer as Response).status).toBe(408);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("a body that trickles in past the total time is a 408 too", async () => {
    let sent = 0;
    const trickle = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        sent += 1;
        controller.enqueue(new Uint8Array(10));
      },
    });
    const answer = await admit(upload(app.cookies.admin, {}, trickle));
    expect((answer as Response).status).toBe(408);
    expect(sent).toBeLessThan(20);
  });

  it("an admin's file that arrives in time is read whole", async () => {
    const csv = new TextEncoder().encode("key,label\na,A\n");
    const answer = await admit(upload(app.cookies.admin, {}, csv));
    expect(answer).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(answer as Uint8Array)).toBe("key,label\na,A\n");
  });
});

describe("429 answers", () => {
  it("Better Auth's sign-up limit sends the standard Retry-After", async () => {
    const ip = freshIp();
    let limited: Response | undefined;
    for (let i = 0; i < 12 && !limited; i++) {
      const response = await authPost(
        app.auth,
        "/sign-up/email",
        { email: uniqueEmail(), password: "a long enough passphrase", name: "X" },
        { "x-forwarded-for": ip },
      );
      if (response.status === 429) limited = response;
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
