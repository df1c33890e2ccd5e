import fc from "fast-check";

/**
 * Strings an attacker or a broken client sends. SQL is written in lower case and nothing here
 * names a file path or an error class, so that an echo of one (a stored title, a JSON parse
 * error quoting its input) never looks like a leak to findLeak.
 */
export const hostileStrings: readonly string[] = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u0000\u0000\u0000",
  "\ud800",
  "x\udfffy",
  "\ufeff",
  "\u202etxt.exe",
  "\u0007\u0008\u001b[31m",
  "\r\n\r\n",
  "' or '1'='1",
  '\'; drop table "user"; --',
  "1; delete from scenario where 1=1 --",
  "' union select id, email, password from account --",
  "\\'; copy (select 1) to program 'id'; --",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection, sent as text
  "{{7*7}}${7*7}<%= 7*7 %>",
  "%s%s%s%n",
  "../../../../etc/passwd",
  "__proto__",
  "constructor",
  "=cmd|' /c calc'!a0",
  "+1+1",
  "-1",
  "NaN",
  "Infinity",
  "1e999",
  "0x7fffffff",
  "9".repeat(400),
  "null",
  "true",
  "[]",
  "{}",
  "🦄".repeat(50),
  "ｓｅｌｅｃｔ",
  "é".normalize("NFD").repeat(30),
  "\u200b\u200c\u200d",
];

export const hostileNumbers: readonly number[] = [
  0,
  -0,
  -1,
  0.5,
  -0.0001,
  1e-300,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 32,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.EPSILON,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];

const hugeString = fc
  .tuple(
    fc.constantFrom("a", "é", "🦄", "\u0000", "<b>", "' or 1=1 "),
    fc.integer({ min: 1_000, max: 70_000 }),
  )
  .map(([unit, times]) => unit.repeat(times));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: hugeString },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...hostileNumbers),
  fc.double(),
  fc.integer(),
);

const nested = (depth: number, leaf: unknown): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
};

/** Values of the wrong kind and shape: any of them may land where a procedure expects anything. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, [], {}) },
  {
    weight: 1,
    // Types only superjson carries: a NaN-valued date, bigints, sets, maps, regexps.
    arbitrary: fc.constantFrom(
      new Date(Number.NaN),
      new Date(-8.64e15),
      new Date(8.64e15),
      new Date(0),
      10n ** 30n,
      -1n,
      new Set(["a"]),
      new Map([["a", 1]]),
      /.*/,
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 400 }).map((d) => nested(d, "x")) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...hostileStrings), { maxLength: 300 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
);

/** JSON for any value fast-check makes, bigints included (as strings). */
export const jsonOf = (value: unknown) =>
  JSON.stringify(value, (_, v) => (typeof v === "bigint" ? String(v) : v));

type Path = readonly (string | number)[];

/** The path to every value inside `value`, the root (the empty path) included. */
export function valuePaths(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      paths.push(...valuePaths(item, [...prefix, i]));
    });
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value))
      paths.push(...valuePaths(item, [...prefix, key]));
  }
  return paths;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype;

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<string | number, unknown>)[key], value);
}

export const REMOVE = Symbol("remove");

/** A copy of `value` with the value at `path` replaced (or removed, given REMOVE). */
export function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) {
    const copy = [...value];
    const inner = replaceAt(copy[Number(head)], rest, replacement);
    if (inner === REMOVE) copy.splice(Number(head), 1);
    else copy[Number(head)] = inner;
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  const inner = replaceAt(copy[head], rest, replacement);
  if (inner === REMOVE) delete copy[head];
  else copy[head] = inner;
  return copy;
}

/** A copy of `value` with an extra key (an unknown field, or a prototype name) at `path`. */
function addKeyAt(value: unknown, path: Path, key: string, extra: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) {
    if (!isPlainObject(value)) return value;
    // A computed key makes "__proto__" an own property, as JSON.parse on the server does.
    return { ...value, [key]: extra };
  }
  return replaceAt(value, [head], addKeyAt(valueAt(value, [head]), rest, key, extra));
}

/**
 * The values most likely to break the code behind a field that now holds `value`: the limits
 * of Postgres's integer and of JS numbers and dates, text Postgres refuses, a date before year
 * 1, text far over any length limit, and a list far over any count limit.
 */
export function boundaryValuesFor(value: unknown): unknown[] {
  if (typeof value === "number") {
    return [-1, 0.5, 2 ** 31, Number.MAX_SAFE_INTEGER + 2, 1e308, Number.NaN, -Infinity];
  }
  if (typeof value === "string") {
    return ["", "\u0000", `${value}\ud800`, "0000-01-01", "9".repeat(400), "a".repeat(70_000)];
  }
  if (typeof value === "boolean") return ["true", 0];
  if (value instanceof Date) return [new Date(-8.64e15), new Date(8.64e15), new Date(Number.NaN)];
  if (Array.isArray(value)) {
    return [null, "x", {}, value.length > 0 ? Array(5_000).fill(value[0]) : Array(5_000).fill("x")];
  }
  return [null, "x", [], 1e308];
}

/** `valid` with one field at a time set to each of its boundary values, or removed. */
export function boundaryVariants(valid: unknown): { change: string; input: unknown }[] {
  return valuePaths(valid).flatMap((path) => {
    const at = path.join(".") || "(input)";
    const current = valueAt(valid, path);
    const replaced = boundaryValuesFor(current).map((v) => ({
      change: `${at} = ${describe(v)}`,
      input: replaceAt(valid, path, v),
    }));
    return path.length === 0
      ? [{ change: "(no input)", input: undefined }, ...replaced]
      : [{ change: `${at} removed`, input: replaceAt(valid, path, REMOVE) }, ...replaced];
  });
}

function describe(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > 20 ? `${value.slice(0, 8)}…×${value.length}` : value);
  if (Array.isArray(value)) return `array of ${value.length}`;
  if (value instanceof Date) return `Date(${value.getTime()})`;
  return String(value);
}

/**
 * Valid input with one thing broken: a value swapped for a boundary or hostile one, a field
 * removed, an unknown or prototype-named field added, or hostile text appended to a valid
 * string. These get past the first checks, deeper into the procedure, than random input does.
 */
export function brokenInput(valid: unknown): fc.Arbitrary<unknown> {
  const paths = valuePaths(valid);
  const stringPaths = paths.filter((p) => typeof valueAt(valid, p) === "string");
  const path = fc.constantFrom(...paths);
  const arbitraries: fc.Arbitrary<unknown>[] = [
    path.chain((p) =>
      fc
        .oneof(fc.constantFrom(...boundaryValuesFor(valueAt(valid, p))), hostileValue)
        .map((v) => replaceAt(valid, p, v)),
    ),
    path.map((p) => (p.length === 0 ? undefined : replaceAt(valid, p, REMOVE))),
    fc
      .tuple(path, fc.constantFrom("__proto__", "constructor", "prototype", "extra"), hostileValue)
      .map(([p, key, v]) => addKeyAt(valid, p, key, v)),
  ];
  if (stringPaths.length > 0) {
    arbitraries.push(
      fc
        .tuple(fc.constantFrom(...stringPaths), hostileString)
        .map(([p, text]) => replaceAt(valid, p, `${valueAt(valid, p) as string}${text}`)),
    );
  }
  return fc.oneof(...arbitraries);
}

const csvCell = fc.oneof(
  // NUL is left to the byte-level files below: a NUL anywhere refuses the whole file.
  fc.constantFrom(...hostileStrings.filter((s) => !/\p{Cs}/u.test(s) && !s.includes("\u0000"))),
  fc.constantFrom("1e308", "-0", "NaN", "0x10", "1,000", "2025", "yes", "TRUE", "median", "range"),
  fc.constantFrom('"', '""', 'a"b', "=1+1", "@SUM(A1)", "-2+3", "\t=cmd"),
  fc.string({ maxLength: 40 }),
);

/** A cell mostly as a CSV writer would write it (quoted), sometimes raw, unbalanced quotes and all. */
const csvField = fc
  .tuple(csvCell, fc.nat({ max: 3 }))
  .map(([cell, n]) => (n === 0 ? cell : `"${cell.replaceAll('"', '""')}"`));

/**
 * CSV files as an admin might upload them, and worse: the template's header and example row
 * with cells swapped for hostile ones, rows of random cells, other line endings, a BOM, a
 * spreadsheet workbook's or UTF-16's first bytes, invalid UTF-8 and random bytes.
 */
export function hostileCsvBytes(templateCsv: string): fc.Arbitrary<Uint8Array> {
  const [header = "", example = ""] = templateCsv.split(/\r?\n/);
  if (example.includes('"')) throw new Error("The template's example row must need no quoting");
  const exampleCells = example.split(",");
  const keyColumn = header.split(",").indexOf("key");
  // The example row under a key of its own, with at most one cell swapped for a hostile one.
  const exampleRow = fc
    .tuple(
      fc.nat({ max: exampleCells.length - 1 }),
      // Mostly untouched, so that many files are valid and are written to the database.
      fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: csvField }),
      fc.nat(),
    )
    .map(([i, cell, n]) =>
      exampleCells
        .map((c, j) => (j === keyColumn ? `${c}.${n}` : j === i && cell !== null ? cell : c))
        .join(","),
    );
  const randomRow = fc.array(csvField, { maxLength: 30 }).map((cells) => cells.join(","));
  const headerRow = fc.oneof(
    { weight: 8, arbitrary: fc.constant(header) },
    { weight: 1, arbitrary: fc.constantFrom(header.replaceAll(",", ";"), `${header},key`, "") },
    { weight: 1, arbitrary: randomRow },
  );
  const text = fc
    .tuple(
      fc.constantFrom("", "\ufeff"),
      headerRow,
      fc.array(
        fc.oneof({ weight: 6, arbitrary: exampleRow }, { weight: 1, arbitrary: randomRow }),
        { maxLength: 40 },
      ),
      fc.constantFrom("\n", "\r\n", "\r"),
    )
    .map(([bom, head, rows, eol]) => `${bom}${[head, ...rows].join(eol)}`);
  const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
  return fc.oneof(
    { weight: 10, arbitrary: text.map(utf8) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom([0x50, 0x4b, 0x03, 0x04], [0xff, 0xfe], [0xc3, 0x28], [0xe9], [0x00]),
          text,
        )
        .map(([bytes, s]) => new Uint8Array([...bytes, ...utf8(s)])),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4_000 }) },
  );
}
