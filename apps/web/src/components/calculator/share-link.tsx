import type { ScenarioInputs } from "@aiml/domain";
import { useState } from "react";

/** Builds a link that opens the calculator with these figures. */
export function ShareLink({ inputs }: { inputs: ScenarioInputs }) {
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const make = async () => {
    const { shareUrl } = await import("./share-url");
    const url = shareUrl(inputs, window.location.origin);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="text-sm" data-testid="share-link">
      <button type="button" onClick={make} className="underline">
        Make a link to these figures
      </button>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        The link contains every figure you entered (anyone with it can read them); nothing is stored
        on our side.
      </p>
      {link && (
        <p className="mt-1">
          <input
            readOnly
            aria-label="Link to these figures"
            value={link}
            className="w-full rounded border border-slate-300 px-2 py-1 text-xs dark:border-slate-700 dark:bg-slate-900"
            onFocus={(e) => e.currentTarget.select()}
          />
          {copied && <span role="status"> Copied.</span>}
        </p>
      )}
    </div>
  );
}
