// Another app instance, as a process of its own: previews a CSV import of many rows as the given
// admin, reporting its progress under the given id, then exits. Run by
// import-progress-across-instances.test.ts with: <database url> <json of the arguments>.
import { createCaller, createInnerContext } from "@aiml/api";
import { createPrismaClient } from "@aiml/db";
import { DOCUMENT_ID } from "./admin-fixtures";

interface Args {
  datasetId: string;
  progressId: string;
  admin: { id: string; email: string };
  /** Rows of the file, made here (too large for a command line). */
  rows: number;
}

const HEADER = "key,label,metric,statistic,unit,value,company,document";
const csv = (rows: number) =>
  `${[
    HEADER,
    ...Array.from(
      { length: rows },
      (_, i) =>
        `far.${i},Base salary at Company ${i},base_salary,median,usd_per_year,${100_000 + i},Company ${i},${DOCUMENT_ID}`,
    ),
  ].join("\n")}\n`;

const [url, json] = process.argv.slice(2);
if (!url || !json) throw new Error("usage: import-instance.ts <database url> <arguments>");
const args = JSON.parse(json) as Args;
const db = createPrismaClient(url);
try {
  const session = { user: { ...args.admin, role: "admin" as const, twoFactorEnabled: true } };
  const caller = createCaller(createInnerContext({ db, session }));
  const result = await caller.admin.import.preview({
    datasetId: args.datasetId,
    progressId: args.progressId,
    content: new Uint8Array(Buffer.from(csv(args.rows))),
  });
  process.stdout.write(JSON.stringify({ canApply: result.canApply, rowCount: result.rowCount }));
} finally {
  await db.$disconnect();
}
