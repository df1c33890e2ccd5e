import { expect, it } from "vitest";
import { queryTimings } from "../lib/query-log";

it("adds up parse, bind and execute per backend, whatever the interleaving", () => {
  const log = [
    "101 LOG:  duration: 0.100 ms  parse <unnamed>: SELECT 1",
    "202 LOG:  duration: 0.200 ms  parse <unnamed>: SELECT 2",
    "101 LOG:  duration: 0.050 ms  bind <unnamed>: SELECT 1",
    "101 DETAIL:  Parameters: $1 = '1'",
    "202 LOG:  duration: 0.300 ms  bind <unnamed>: SELECT 2",
    "101 LOG:  duration: 1.000 ms  execute <unnamed>: SELECT 1",
    "202 LOG:  duration: 2.000 ms  execute <unnamed>: SELECT 2",
    "303 LOG:  duration: 0.500 ms  statement: BEGIN",
    "303 LOG:  checkpoint starting: time",
  ].join("\n");
  const timings = queryTimings(log);
  const p95 = (statement: string) => timings.find((t) => t.statement === statement)?.p95;
  expect(p95("SELECT 1")).toBeCloseTo(1.15, 6);
  expect(p95("SELECT 2")).toBeCloseTo(2.5, 6);
  expect(p95("BEGIN")).toBeCloseTo(0.5, 6);
  expect(timings.map((t) => t.count)).toEqual([1, 1, 1]);
});

it("takes the 95th percentile over every call of a statement", () => {
  const log = Array.from(
    { length: 100 },
    (_, i) => `${i} LOG:  duration: ${i + 1}.000 ms  execute <unnamed>: SELECT "public"."x"`,
  ).join("\n");
  expect(queryTimings(log)).toEqual([
    { statement: 'SELECT "x"', count: 100, p50: 50, p95: 95, max: 100 },
  ]);
});
