import { PassThrough, Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type Database, transactionConnection } from "@aiml/db";
import { csvCell } from "@aiml/domain";
import { to as copyTo } from "pg-copy-streams";

/** A slow download holds its snapshot at most this long. */
const EXPORT_TRANSACTION = { maxWait: 10_000, timeout: 15 * 60_000 } as const;

export interface ExportVersions {
  from: string;
  /** The second version of a diff; an export of one version leaves it unset. */
  to?: string;
}

/**
 * A CSV that Postgres writes (COPY … TO STDOUT, in CSV format with a header) streamed as it is
 * produced: no row is held in the app, whatever the size. The file starts with a byte-order mark
 * (spreadsheets then read UTF-8) and the `notes` as `# …` lines (licence and attribution), which
 * the open-data import skips. The versions are set as transaction settings the SQL reads.
 */
export function copyCsvStream(
  db: Database,
  sql: string,
  versions: ExportVersions,
  notes: readonly string[],
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  out.write(`\uFEFF${notes.map((n) => `${csvCell(`# ${n}`)}\n`).join("")}`);
  db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('aiml.export_from', ${versions.from}, true),
      set_config('aiml.export_to', ${versions.to ?? ""}, true)`;
    const connection = await transactionConnection(db, tx);
    await pipeline(
      connection.query(copyTo(`COPY (${sql}) TO STDOUT WITH (FORMAT csv, HEADER)`)),
      out,
    );
  }, EXPORT_TRANSACTION).catch((error: unknown) => {
    // The response is under way: ending it with an error is all that is left to do.
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
