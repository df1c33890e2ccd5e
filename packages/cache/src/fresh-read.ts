/**
 * Shares one read among concurrent callers without ever handing a caller a result that was
 * read before it asked: a caller joins the read queued behind the one in flight (sent only when
 * that one ends), or starts one itself when none is in flight. So a change committed before a
 * call is always seen by it, and under load there are at most two reads in progress instead of
 * one per caller.
 */
export function freshReads<T>(read: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | null = null;
  let queued: Promise<T> | null = null;

  const start = (): Promise<T> => {
    const current = read();
    inFlight = current;
    const clear = () => {
      if (inFlight === current) inFlight = null;
    };
    current.then(clear, clear);
    return current;
  };

  return () => {
    if (!inFlight) return start();
    if (!queued) {
      const settled = inFlight.then(
        () => {},
        () => {},
      );
      queued = settled.then(() => {
        queued = null;
        return start();
      });
    }
    return queued;
  };
}
