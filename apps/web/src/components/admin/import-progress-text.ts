import type { RouterOutputs } from "@aiml/api";

type ServerProgress = NonNullable<RouterOutputs["admin"]["import"]["progress"]>;

/** What an import indicator shows: a label, and a share done when there is a measure. */
export interface ProgressView {
  label: string;
  done?: number;
  total?: number;
}

const count = (n: number) => n.toLocaleString("en-US");
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const percent = (done: number, total: number) =>
  `${Math.floor((100 * done) / Math.max(total, 1))}%`;

export function uploadProgress(fileName: string, sent: number, total: number): ProgressView {
  if (sent >= total) return { label: `Sent ${fileName}; the server is starting on it…` };
  return {
    label: `Uploading ${fileName}: ${megabytes(sent)} of ${megabytes(total)} (${percent(sent, total)})`,
    done: sent,
    total,
  };
}

/** The server's report of an import under way, in words. */
export function serverProgress(progress: ServerProgress): ProgressView {
  const { stage, done, total } = progress;
  switch (stage) {
    case "waiting":
      return { label: "Waiting for another import to finish…" };
    case "reading":
      return { label: `Reading and checking rows: ${percent(done, total)}`, done, total };
    case "checking":
      return { label: "Checking the rows against each other…" };
    case "comparing":
      return {
        label: `Comparing with the current rows: ${count(done)} of ${count(total)} rows`,
        done,
        total,
      };
    case "writing":
      return {
        label: `Writing rows into the draft: ${count(done)} of ${count(total)}`,
        done,
        total,
      };
  }
}
