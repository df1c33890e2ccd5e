import { expect, it } from "vitest";
import { freshReads } from "../src/fresh-read";

/** A read whose result the test hands out, recording when each one began. */
function controlledReads() {
  const began: number[] = [];
  const pending: ((value: number) => void)[] = [];
  let clock = 0;
  const read = () =>
    new Promise<number>((resolve) => {
      began.push(clock);
      pending.push(resolve);
    });
  return {
    get: freshReads(read),
    began,
    tick: () => ++clock,
    /** Ends the oldest read with the time it is ended at, then lets queued reads start. */
    async finish() {
      pending.shift()?.(clock);
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

it("shares reads among concurrent callers, never one that began before a caller asked", async () => {
  const reads = controlledReads();
  const a = reads.get(); // starts read 1 at t=0
  reads.tick();
  const b = reads.get(); // t=1: read 1 is older than b, so b waits for read 2
  const c = reads.get();
  expect(reads.began).toEqual([0]);

  reads.tick();
  await reads.finish(); // read 1 ends at t=2; read 2 starts at t=2 for b and c
  expect(await a).toBe(2);
  expect(reads.began).toEqual([0, 2]);

  reads.tick();
  const d = reads.get(); // t=3: read 2 began before d asked
  reads.tick();
  await reads.finish();
  expect([await b, await c]).toEqual([4, 4]);
  expect(reads.began).toEqual([0, 2, 4]);
  reads.tick();
  await reads.finish();
  expect(await d).toBe(5);

  // Every caller's read began at or after the moment it asked.
  expect(reads.began).toHaveLength(3);
});

it("a failed read fails its own callers only; the next caller reads again", async () => {
  let calls = 0;
  const get = freshReads(async () => {
    calls++;
    if (calls === 1) throw new Error("connection lost");
    return calls;
  });
  const first = get();
  const second = get();
  await expect(first).rejects.toThrow("connection lost");
  expect(await second).toBe(2);
  expect(await get()).toBe(3);
});
