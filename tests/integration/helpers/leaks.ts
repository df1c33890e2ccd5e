/**
 * Signs that a response carries the server's internals: stack frames, file paths, SQL or
 * database errors, internal error class names. The hostile inputs (./hostile-inputs.ts) are
 * written so that none of them matches, so an echo of the input cannot pass for a leak.
 */
const leakPatterns: readonly (readonly [string, RegExp])[] = [
  ["a stack frame", /\n\s+at |\bat (?:async )?[\w$.<>[\] ]+ \((?:file:|node:|\/)/],
  ["a file path", /\/(?:work|home|root|tmp|usr)\/|node_modules|file:\/\/|\.(?:tsx?|[cm]?js):\d+/],
  ["SQL", /\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM|RETURNING)\s|"public"\.|\$queryRaw/],
  [
    "a database error",
    /relation "|syntax error at or near|violates \w+(?: key)? constraint|duplicate key value|invalid input syntax|invalid byte sequence|out of range for type|ERROR: /,
  ],
  ["Prisma", /prisma|Invalid `[\w.]+\(\)` invocation/i],
  [
    "an internal error name",
    /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|ZodError|TRPCError|DriverAdapterError|PrismaClient\w*|APIError|BetterAuthError|CsvError)\b/,
  ],
];

/** What in `body` looks like a leak (e.g. `SQL: "SELECT "`), or null when nothing does. */
export function findLeak(body: string): string | null {
  for (const [what, pattern] of leakPatterns) {
    const match = pattern.exec(body);
    if (match) return `${what}: ${JSON.stringify(match[0])} in ${body.slice(0, 400)}`;
  }
  return null;
}
