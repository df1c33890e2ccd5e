import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { SpareWorker } from "../src/import/check/spare-worker";

/** A worker that answers each message with its thread id. */
const started: Worker[] = [];
function startEcho(): Worker {
  const worker = new Worker(
    `require("node:worker_threads").parentPort.on("message", () => require("node:worker_threads").parentPort.postMessage(require("node:worker_threads").threadId));`,
    { eval: true },
  );
  started.push(worker);
  return worker;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((w) => w.terminate()));
});

describe("a spare worker", () => {
  it("is started ahead of need and handed out next, ready to work", async () => {
    const workers = new SpareWorker(startEcho, 60_000);
    expect(workers.ready).toBe(false);
    workers.prepare();
    workers.prepare();
    expect(workers.ready).toBe(true);
    expect(started).toHaveLength(1);

    const worker = workers.take();
    expect(worker).toBe(started[0]);
    expect(workers.ready).toBe(false);
    worker.postMessage("ping");
    expect((await once(worker, "message"))[0]).toBe(worker.threadId);
  });

  it("is started on demand when there is none", () => {
    const workers = new SpareWorker(startEcho, 60_000);
    const worker = workers.take();
    expect(worker).toBe(started[0]);
    expect(workers.ready).toBe(false);
  });

  it("is stopped after its time, and one that has stopped is not handed out", async () => {
    const workers = new SpareWorker(startEcho, 10);
    workers.prepare();
    const spare = started[0] as Worker;
    await once(spare, "exit");
    expect(workers.ready).toBe(false);
    expect(workers.take()).not.toBe(spare);
  });

  it("does not bring the process down when it fails", async () => {
    const failing = () => {
      const worker = new Worker(`throw new Error("broken worker");`, { eval: true });
      started.push(worker);
      return worker;
    };
    const workers = new SpareWorker(failing, 60_000);
    workers.prepare();
    // (events.once would reject on the worker's error event.)
    await new Promise((resolve) => (started[0] as Worker).on("exit", resolve));
    expect(workers.ready).toBe(false);
  });
});
