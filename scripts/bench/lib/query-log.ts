import { percentile } from "@aiml/script-lib/stats";

export interface QueryTiming {
  statement: string;
  count: number;
  p50: number;
  p95: number;
  max: number;
}

const durationLine =
  /^(\d+) LOG: {2}duration: ([\d.]+) ms {2}(parse|bind|execute|statement)(?: [^:]*)?: (.*)$/;

/**
 * Per-statement durations from Postgres's log with log_min_duration_statement = 0 and a
 * "%p " prefix. A parameterised query is logged as parse, bind and execute; the three are added
 * up per backend, so a figure is the server's whole time on one query.
 */
export function queryTimings(log: string): QueryTiming[] {
  const pending = new Map<string, number>();
  const byStatement = new Map<string, number[]>();
  for (const line of log.split("\n")) {
    const match = durationLine.exec(line);
    if (!match) continue;
    const [, pid = "", ms = "0", phase, sql = ""] = match;
    const total = (pending.get(pid) ?? 0) + Number(ms);
    if (phase === "parse" || phase === "bind") {
      pending.set(pid, total);
      continue;
    }
    pending.delete(pid);
    const statement = sql.replaceAll('"public".', "").replace(/\s+/g, " ").trim();
    const durations = byStatement.get(statement) ?? [];
    durations.push(total);
    byStatement.set(statement, durations);
  }
  return [...byStatement]
    .map(([statement, ms]) => ({
      statement,
      count: ms.length,
      p50: percentile(ms, 50),
      p95: percentile(ms, 95),
      max: Math.max(...ms),
    }))
    .sort((a, b) => b.count - a.count);
}
