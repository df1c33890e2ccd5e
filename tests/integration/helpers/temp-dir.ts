import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A temporary folder the postgres user can enter; removed by the returned cleanup. */
export function makeTempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
