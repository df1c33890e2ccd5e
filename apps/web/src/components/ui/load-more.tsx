import type { ReactNode } from "react";
import { Button } from "./button";
import { muted } from "./styles";

interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  /** Said when everything is shown, e.g. "All 12 accounts are shown." */
  done: ReactNode;
}

/** The foot of a list loaded a page at a time: a "Load more" button, or that all is shown. */
export function LoadMore({ hasMore, loading, onLoadMore, done }: LoadMoreProps) {
  if (!hasMore) return <p className={`text-sm ${muted}`}>{done}</p>;
  return (
    <div>
      <Button disabled={loading} onClick={onLoadMore}>
        {loading ? "Loading…" : "Load more"}
      </Button>
    </div>
  );
}
