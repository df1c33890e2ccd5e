import type { ReactNode } from "react";
import { Button } from "./button";

interface PagerProps {
  /** Names the navigation for screen readers, e.g. "Draft rows pages". */
  label: string;
  /** Where the reader is, e.g. "Rows 1–50 of 200". */
  position: ReactNode;
  onPrevious?: () => void;
  onNext?: () => void;
  /** A page is loading: both buttons wait, and it is announced. */
  loading?: boolean;
}

/** Previous and next buttons around the current position; a missing handler disables its button. */
export function Pager({ label, position, onPrevious, onNext, loading = false }: PagerProps) {
  return (
    <nav aria-label={label} className="mt-2 flex flex-wrap items-center gap-3 text-sm">
      <span>{position}</span>
      <Button disabled={!onPrevious || loading} onClick={onPrevious}>
        Previous page
      </Button>
      <Button disabled={!onNext || loading} onClick={onNext}>
        Next page
      </Button>
      {loading && <span role="status">Loading rows…</span>}
    </nav>
  );
}
