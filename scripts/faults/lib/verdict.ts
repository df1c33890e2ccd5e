import fs from "node:fs";

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** The result of one fault script, as `run-all.ts` reads it back (FAULTS_SUMMARY_FILE). */
export interface FaultSummary {
  title: string;
  ok: boolean;
  seconds: number;
  checks: Check[];
}

/** Collects a fault script's checks, printing each as it is decided. */
export class Verdict {
  readonly checks: Check[] = [];

  check(name: string, ok: boolean, detail = ""): boolean {
    this.checks.push({ name, ok, detail });
    console.log(`${ok ? "PASS" : "FAIL"}  ${name}${detail ? `: ${detail}` : ""}`);
    return ok;
  }

  get ok(): boolean {
    return this.checks.length > 0 && this.checks.every((c) => c.ok);
  }
}

type Cleanup = () => Promise<void> | void;
const cleanups: Cleanup[] = [];

/** Runs `fn` when the script ends, however it ends (newest first). */
export function onCleanup(fn: Cleanup): void {
  cleanups.push(fn);
}

async function runCleanups(): Promise<void> {
  while (cleanups.length > 0) {
    const fn = cleanups.pop();
    try {
      await fn?.();
    } catch (error) {
      console.error(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

export function log(message: string): void {
  const time = new Date().toISOString().slice(11, 23);
  console.log(`[${time}] ${message}`);
}

/**
 * Runs a fault script: prints each check, then a verdict line, cleans up (servers stopped,
 * temporary folders removed) and exits 0 only when every check passed.
 */
export async function runFault(title: string, fn: (verdict: Verdict) => Promise<void>) {
  const verdict = new Verdict();
  const started = Date.now();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.log(`\n${signal}: cleaning up`);
      void runCleanups().then(() => process.exit(130));
    });
  }
  console.log(`=== ${title} ===`);
  try {
    await fn(verdict);
  } catch (error) {
    verdict.check(
      "the scenario ran to its end",
      false,
      error instanceof Error ? (error.stack ?? error.message) : String(error),
    );
  }
  await runCleanups();
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  const passed = verdict.checks.filter((c) => c.ok).length;
  console.log(
    `\nVERDICT ${title}: ${verdict.ok ? "PASS" : "FAIL"} (${passed}/${verdict.checks.length} checks, ${seconds} s)`,
  );
  const summaryFile = process.env.FAULTS_SUMMARY_FILE;
  if (summaryFile) {
    const summary: FaultSummary = { title, ok: verdict.ok, seconds, checks: verdict.checks };
    fs.writeFileSync(summaryFile, JSON.stringify(summary));
  }
  process.exit(verdict.ok ? 0 : 1);
}
