import { createTestDatabase, type TestDatabase } from "@aiml/db/testing";
import { dataPointFields } from "@aiml/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DOCUMENT_ID,
  datasetIdOf,
  fileBytes,
  LEVELS_SLUG,
  outcome,
  point,
} from "./helpers/admin-fixtures";
import { createUserCaller } from "./helpers/users";

let t: TestDatabase;
let admin: Awaited<ReturnType<typeof createUserCaller>>;
let datasetId: string;
let draftId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = await createUserCaller(t, "admin");
  datasetId = await datasetIdOf(t.db, LEVELS_SLUG);
  draftId = (await admin.caller.admin.drafts.start({ datasetId })).id;
});
afterAll(async () => {
  await t?.drop();
});

const HEADER = "key,label,metric,statistic,unit,value,company,document";
const row = (key: string, value: string | number = 150000, company = "Acme") =>
  `${key},Base salary at ${company},base_salary,median,usd_per_year,${value},${company},${DOCUMENT_ID}`;
const csv = (...lines: string[]) => `${lines.join("\n")}\n`;

const revisionNow = async () =>
  (await t.db.datasetVersion.findUniqueOrThrow({ where: { id: draftId } })).revision;

/** What an import may change. */
const draftState = async () => ({
  revision: await revisionNow(),
  points: await t.db.dataPoint.findMany({
    where: { versionId: draftId },
    select: { key: true, value: true },
    orderBy: { key: "asc" },
  }),
  audit: await t.db.auditLog.count(),
});

const preview = (content: string | Uint8Array) =>
  admin.caller.admin.import.preview({
    datasetId,
    fileName: "figures.csv",
    content: fileBytes(content),
  });

describe("the import template", () => {
  it("is the header of every column and an example row that previews cleanly", async () => {
    const template = await admin.caller.admin.import.template();
    const [header, example] = template.csv.trimEnd().split("\r\n");
    expect(header).toBe(dataPointFields.join(","));
    expect(example).toContain("base-salary.senior.us");
    expect(await preview(template.csv)).toMatchObject({
      canApply: true,
      rowCount: 1,
      errorCount: 0,
    });
  });
});

describe("previewing an import", () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ["an empty file", "", /^The file is empty$/],
    ["a file of blank lines", "\n\n  \n", /^The file is empty$/],
    ["a header without rows", csv(HEADER), /^The file has a header row but no data rows$/],
    [
      "missing columns",
      csv("key,metric,value", "a,base_salary,1"),
      /^Missing required columns "label", "statistic", "unit"\./,
    ],
    [
      "unknown columns",
      csv(`${HEADER},salary_band`, `${row("a")},x`),
      /^Unknown column "salary_band"\. The columns are: key, label, metric/,
    ],
    [
      "text in another encoding",
      Uint8Array.from([...Buffer.from(`${HEADER}\n${row("a", 1, "Caf")}`), 0xe9, 0x0a]),
      /^Line 2 is not valid UTF-8 text: .*Windows-1252.*"CSV UTF-8"/,
    ],
    [
      "a binary file",
      Uint8Array.from([0x6b, 0x65, 0x79, 0x00, 0x01, 0x02]),
      /binary file.*NUL bytes/,
    ],
    [
      "a spreadsheet workbook",
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
      /^This is a spreadsheet workbook \(\.xlsx or \.xls\), not a CSV file/,
    ],
    [
      "an unclosed quote",
      csv(HEADER, row("a"), 'b,"Unclosed,base_salary'),
      /^Line 3: This is not valid CSV: a quoted value is never closed/,
    ],
    [
      "text after a closing quote",
      csv(
        HEADER,
        row("a"),
        row("b"),
        `c,"Base salary" at Acme,base_salary,median,usd_per_year,1,Acme,${DOCUMENT_ID}`,
      ),
      /^Line 4: This is not valid CSV: text follows a closing quote/,
    ],
    [
      "a number beyond Decimal(20,4)",
      csv(HEADER, row("a"), row("b", "123456789012345678901234")),
      /^Row 3, value: Too large: at most 15 digits before the decimal point$/,
    ],
    [
      "a number with more digits than can be kept",
      csv(HEADER, row("a", "123456789012.12345")),
      /^Row 2, value: "123456789012\.12345" has more digits than can be stored exactly/,
    ],
    [
      "a formatted number",
      csv(HEADER, row("a", '"$150,000"')),
      /^Row 2, value: "\$150,000" is not a plain number: write 150000/,
    ],
    [
      "the same key twice",
      csv(HEADER, row("a", 1, "Acme"), row("b", 2, "Beta"), row("a", 3, "Gamma")),
      /^Row 4: Key "a" is used twice: .* \(see Row 2\)$/,
    ],
  ];

  it.each(cases)("names the problem with %s, and writes nothing", async (_, content, message) => {
    const before = await draftState();
    const result = await preview(content);
    expect(result.canApply).toBe(false);
    expect(result.changes).toBeNull();
    expect(result.issues.filter((i) => i.severity === "error").map((i) => i.message)).toEqual([
      expect.stringMatching(message),
    ]);
    expect(await draftState()).toEqual(before);
  });

  it("warns about the same figure twice but lets the import go ahead", async () => {
    const result = await preview(csv(HEADER, row("a", 1, "Acme"), row("b", 2, "Acme")));
    expect(result).toMatchObject({ canApply: true, errorCount: 0, warningCount: 1 });
    expect(result.issues[0]).toMatchObject({
      severity: "warning",
      code: "duplicate-figure",
      row: 3,
      relatedRows: [2],
    });
  });

  it("reads a BOM, CRLF line ends and values spanning lines, counting rows as a spreadsheet does", async () => {
    const content = `\uFEFF${HEADER}\r\n${row("a")}\r\n"b","Two\r\nlines",base_salary,median,usd_per_year,1,Beta,${DOCUMENT_ID}\r\n\r\n${row("c", "x")}\r\n`;
    const result = await preview(content);
    expect(result.rowCount).toBe(3);
    // Header, a, b (two lines of text, one row), a blank row, then c.
    expect(result.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^Row 5, value: "x" is not a plain number/),
    ]);
  });

  it("reads old Mac line ends, and keeps a quote inside an unquoted value as written", async () => {
    const content = [
      HEADER,
      row("a"),
      `b,Base salary for 27" monitors,base_salary,median,usd_per_year,2,Beta,${DOCUMENT_ID}`,
    ].join("\r");
    const result = await preview(content);
    expect(result).toMatchObject({ canApply: true, rowCount: 2, errorCount: 0 });
    expect(result.sample.map((p) => p.label)).toEqual([
      "Base salary at Acme",
      'Base salary for 27" monitors',
    ]);
  });

  it("says what an import would change in the draft", async () => {
    const result = await preview(
      csv(HEADER, row("total-comp.median.apple", 373000, "Apple"), row("new.point")),
    );
    expect(result.comparedWith).toEqual({ versionNumber: 2, status: "draft" });
    expect(result.changes).toEqual({ added: 1, removed: 5, changed: 1, unchanged: 0 });
    expect(result.sample.map((p) => p.key)).toEqual(["total-comp.median.apple", "new.point"]);
  });
});

describe("committing an import", () => {
  it("replaces the draft's rows with the file's, recording counts and a sample, not the rows", async () => {
    const revision = await revisionNow();
    const lines = Array.from({ length: 12 }, (_, i) =>
      row(`imported.${i}`, 100_000 + i, `Company ${i}`),
    );
    const result = await admin.caller.admin.import.commit({
      datasetId,
      draftId,
      revision,
      fileName: "figures.csv",
      content: fileBytes(csv(HEADER, ...lines)),
      note: "Re-keyed from the 2025 report",
    });
    expect(result).toMatchObject({
      status: "applied",
      revision: revision + 1,
      dataPointCount: 12,
      changes: { added: 12, removed: 6, changed: 0 },
    });
    const state = await draftState();
    expect(state.points.map((p) => p.key)).toEqual(
      Array.from({ length: 12 }, (_, i) => `imported.${i}`).sort(),
    );
    const entry = await t.db.auditLog.findFirstOrThrow({ where: { action: "draft.import" } });
    expect(entry).toMatchObject({
      actorEmail: admin.email,
      entityId: draftId,
      datasetId,
      note: "Re-keyed from the 2025 report",
      before: { revision, dataPoints: 6 },
      after: {
        revision: revision + 1,
        fileName: "figures.csv",
        dataPoints: 12,
        sampleKeys: ["imported.0", "imported.1", "imported.2", "imported.3", "imported.4"],
      },
    });
  });

  it("writes nothing when the file has errors", async () => {
    const before = await draftState();
    const result = await admin.caller.admin.import.commit({
      datasetId,
      draftId,
      revision: before.revision,
      content: fileBytes(csv(HEADER, row("good"), row("bad", "lots"))),
    });
    expect(result).toMatchObject({ status: "invalid", errorCount: 1 });
    expect(await draftState()).toEqual(before);
  });

  it("refuses a commit based on an older revision of the draft", async () => {
    const before = await draftState();
    expect(
      await outcome(
        admin.caller.admin.import.commit({
          datasetId,
          draftId,
          revision: before.revision - 1,
          content: fileBytes(csv(HEADER, row("late"))),
        }),
      ),
    ).toBe("CONFLICT");
    expect(await draftState()).toEqual(before);
  });

  it("is all or nothing: a failure after thousands of rows were inserted leaves the draft as it was", async () => {
    const before = await draftState();
    const lines = Array.from({ length: 5_000 }, (_, i) =>
      row(i === 4_500 ? "poison" : `bulk.${i}`, 1_000 + i, `Company ${i}`),
    );
    await t.db.$executeRawUnsafe(`
      CREATE FUNCTION reject_poison() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW."key" = 'poison' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END; $$`);
    await t.db.$executeRawUnsafe(`
      CREATE TRIGGER reject_poison BEFORE INSERT ON "DataPoint"
      FOR EACH ROW EXECUTE FUNCTION reject_poison()`);
    try {
      await expect(
        admin.caller.admin.import.commit({
          datasetId,
          draftId,
          revision: before.revision,
          content: fileBytes(csv(HEADER, ...lines)),
        }),
      ).rejects.toThrow(/injected failure/);
    } finally {
      await t.db.$executeRawUnsafe(`DROP TRIGGER reject_poison ON "DataPoint"`);
      await t.db.$executeRawUnsafe("DROP FUNCTION reject_poison()");
    }
    expect(await draftState()).toEqual(before);
  });
});

describe("exporting a version", () => {
  it("escapes formula-like text, and imports back unchanged", async () => {
    const revision = await revisionNow();
    await admin.caller.admin.drafts.save({
      datasetId,
      draftId,
      revision,
      changes: {
        upsert: [
          point({
            key: "formula.label",
            label: '=HYPERLINK("http://evil.example","Click")',
            note: "+1 from the recruiter, @ the offer stage",
            quote: "-5% year on year",
            company: "Formula Inc",
          }),
        ],
        delete: [],
      },
    });
    const exported = await admin.caller.admin.versions.exportCsv({ datasetId, versionId: draftId });
    expect(exported.filename).toBe(`${LEVELS_SLUG}-v2.csv`);
    expect(exported.csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(exported.csv).toContain(`"'+1 from the recruiter, @ the offer stage"`);
    expect(exported.csv).toContain(",'-5% year on year\r\n");
    expect(exported.csv).not.toMatch(/(^|,)[=+@]/m);

    const roundTrip = await preview(exported.csv);
    expect(roundTrip).toMatchObject({ canApply: true, errorCount: 0 });
    expect(roundTrip.changes).toEqual({
      added: 0,
      removed: 0,
      changed: 0,
      unchanged: exported.dataPointCount,
    });
  });
});
