import { useEffect, useState } from "react";
import type LiveResultsView from "./live-results";

/** The live results component, loaded just after the first render; null until then. */
export function useLiveResults(): typeof LiveResultsView | null {
  const [view, setView] = useState<typeof LiveResultsView | null>(null);
  useEffect(() => {
    let mounted = true;
    void import("./live-results").then((module) => {
      if (mounted) setView(() => module.default);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return view;
}
