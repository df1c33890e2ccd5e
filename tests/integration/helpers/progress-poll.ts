import type { UserCaller } from "./users";

/**
 * Asks, over and over until `during` settles, how far the import `progressId` has got: as the
 * admin who started it (what they see, as "stage done/total") and as another admin (who must
 * see nothing).
 */
export async function pollProgress<T>(
  progressId: string,
  admin: UserCaller,
  other: UserCaller,
  during: () => Promise<T>,
): Promise<{ result: T; seen: string[]; seenByOther: unknown[] }> {
  const seen: string[] = [];
  const seenByOther: unknown[] = [];
  let running = true;
  const poll = (async () => {
    while (running) {
      const progress = await admin.caller.admin.import.progress({ progressId });
      if (progress) seen.push(`${progress.stage} ${progress.done}/${progress.total}`);
      seenByOther.push(await other.caller.admin.import.progress({ progressId }));
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  try {
    return { result: await during(), seen, seenByOther };
  } finally {
    running = false;
    await poll;
  }
}
