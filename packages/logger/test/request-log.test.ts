import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installRequestLogging, noteRequestUser } from "../src/http/request-log";
import { captureLogs } from "../src/testing";

const logs = captureLogs();
let server: http.Server;
let base: string;
let uninstall: () => void;
let slowArrived = false;

/** A stand-in app: signs in on /signed-in, fails on /boom, never answers /slow. */
function app(req: http.IncomingMessage, res: http.ServerResponse) {
  const path = req.url?.split("?")[0];
  if (path === "/slow") {
    slowArrived = true;
    return;
  }
  if (path === "/signed-in") noteRequestUser(req.headers, "user-42");
  res.statusCode = path === "/boom" ? 500 : path === "/missing" ? 404 : 200;
  res.end(String(req.headers["x-request-id"]));
}

beforeAll(async () => {
  uninstall = installRequestLogging(logs.log);
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  uninstall?.();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const requestLines = () => logs.lines().filter((l) => l.msg === "request");

/** The log line of the request with this id, once its response has closed. */
async function lineOf(requestId: string) {
  await expect.poll(() => requestLines().some((l) => l.requestId === requestId)).toBe(true);
  return requestLines().find((l) => l.requestId === requestId);
}

describe("request logs", () => {
  it("logs method, path, status, duration, request id and user, and echoes a sane id", async () => {
    const response = await fetch(`${base}/signed-in?token=query-secret`, {
      headers: { "x-request-id": "trace-abc.123" },
    });
    expect(response.headers.get("x-request-id")).toBe("trace-abc.123");
    expect(await response.text()).toBe("trace-abc.123");
    const line = await lineOf("trace-abc.123");
    expect(line).toEqual(
      expect.objectContaining({
        level: "info",
        method: "GET",
        path: "/signed-in",
        status: 200,
        userId: "user-42",
      }),
    );
    expect(line?.durationMs).toEqual(expect.any(Number));
    // The query string (which may carry tokens) is not logged.
    expect(logs.raw.join("")).not.toContain("query-secret");
  });

  it("replaces an unsafe or missing request id with a generated one", async () => {
    for (const sent of ["bad id <script>", "x".repeat(200), undefined]) {
      const response = await fetch(`${base}/missing`, {
        headers: sent ? { "x-request-id": sent } : {},
      });
      const id = response.headers.get("x-request-id") ?? "";
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      // The app sees the same id as the response carries.
      expect(await response.text()).toBe(id);
      expect(await lineOf(id)).toEqual(expect.objectContaining({ status: 404, level: "info" }));
      expect(await lineOf(id)).not.toHaveProperty("userId");
    }
    expect(logs.raw.join("")).not.toContain("<script>");
  });

  it("logs server errors at error level, and requests the client gave up on", async () => {
    const failed = await fetch(`${base}/boom`, { method: "POST", body: "password=hunter22" });
    const failedId = failed.headers.get("x-request-id") ?? "";
    expect(await lineOf(failedId)).toEqual(
      expect.objectContaining({ level: "error", method: "POST", status: 500 }),
    );

    const abort = new AbortController();
    const pending = fetch(`${base}/slow`, {
      signal: abort.signal,
      headers: { "x-request-id": "gave-up" },
    }).catch(() => "aborted");
    await expect.poll(() => slowArrived).toBe(true);
    abort.abort();
    expect(await pending).toBe("aborted");
    expect(await lineOf("gave-up")).toEqual(expect.objectContaining({ aborted: true }));
    expect(logs.raw.join("")).not.toContain("hunter22");
  });

  it("writes exactly one line per request", () => {
    const ids = requestLines().map((l) => l.requestId);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });
});
