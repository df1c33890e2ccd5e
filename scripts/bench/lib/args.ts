import { parseArgs } from "node:util";

export interface CommonArgs {
  /** Tiny durations, to check that a script works (CI); numbers mean little. */
  smoke: boolean;
  /** Measuring rounds; medians and ranges are over these. */
  rounds: number;
  /** Seconds per measurement. */
  seconds: number;
  connections: number;
  verbose: boolean;
}

/**
 * The flags every benchmark takes: --smoke, --rounds N, --seconds N, --connections N, --verbose;
 * `extra` declares a script's own string flags.
 */
export function readArgs<K extends string>(
  defaults: { rounds: number; seconds: number },
  extra: readonly K[] = [],
): CommonArgs & Partial<Record<K, string>> {
  const { values } = parseArgs({
    options: {
      smoke: { type: "boolean", default: false },
      verbose: { type: "boolean", default: false },
      rounds: { type: "string" },
      seconds: { type: "string" },
      connections: { type: "string" },
      ...Object.fromEntries(extra.map((k) => [k, { type: "string" as const }])),
    },
    allowPositionals: false,
  });
  const smoke = values.smoke === true;
  const number = (name: string, fallback: number) => {
    const raw = values[name as keyof typeof values];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) {
      console.error(`--${name} must be a positive number (got "${raw}").`);
      process.exit(2);
    }
    return n;
  };
  const extras = Object.fromEntries(
    extra.map((k) => [k, values[k as keyof typeof values] as string | undefined]),
  ) as Partial<Record<K, string>>;
  return {
    ...extras,
    smoke,
    verbose: values.verbose === true,
    rounds: number("rounds", smoke ? 1 : defaults.rounds),
    seconds: number("seconds", smoke ? 2 : defaults.seconds),
    connections: number("connections", smoke ? 10 : 100),
  };
}
