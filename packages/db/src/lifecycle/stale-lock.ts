import fs from "node:fs";
import path from "node:path";
import { isProcessAlive, processCommandLine, waitForExit } from "./processes";

/** Who started the server in a data directory; lets a later start tell an orphan from a live peer. */
export const ownerFileName = "owner.pid";

function readPid(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, "utf8").split("\n")[0] ?? "", 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function readPostmasterPid(dataDir: string): number | undefined {
  return readPid(path.join(dataDir, "postmaster.pid"));
}

export class DataDirInUseError extends Error {}

/**
 * Makes a data directory startable after an unclean stop:
 * - a postmaster.pid naming a dead process is removed;
 * - a postgres still running there whose owner (the process that started it) is gone is an
 *   orphan of a killed app or test run: it is shut down;
 * - a postgres whose owner is alive belongs to another running app: that is an error.
 */
export async function recoverStaleLock(
  dataDir: string,
): Promise<"clean" | "removed-stale-lock" | "stopped-orphan"> {
  const lockFile = path.join(dataDir, "postmaster.pid");
  const postmasterPid = readPostmasterPid(dataDir);
  if (postmasterPid === undefined) return "clean";

  const running =
    isProcessAlive(postmasterPid) && processCommandLine(postmasterPid).includes("postgres");
  if (!running) {
    fs.rmSync(lockFile, { force: true });
    return "removed-stale-lock";
  }

  const ownerPid = readPid(path.join(dataDir, ownerFileName));
  if (ownerPid !== undefined && ownerPid !== process.pid && isProcessAlive(ownerPid)) {
    throw new DataDirInUseError(
      `The database in ${dataDir} is in use by another running app (process ${ownerPid}). ` +
        "Stop that app first, or set EMBEDDED_PG_DIR to use another folder.",
    );
  }

  // SIGINT is Postgres's "fast shutdown": roll back open transactions, checkpoint, exit.
  process.kill(postmasterPid, "SIGINT");
  if (!(await waitForExit(postmasterPid, 15_000))) {
    process.kill(postmasterPid, "SIGKILL");
    await waitForExit(postmasterPid, 5_000);
  }
  fs.rmSync(lockFile, { force: true });
  return "stopped-orphan";
}
