"use client";

import { muted } from "../../ui/styles";
import { BreaksEditor } from "../open-data/breaks-editor";
import { ObservationBrowser } from "../open-data/observation-browser";
import type { OpenDraft } from "./draft-data";

/** An open-data draft: its observations to browse (they change by CSV import) and its series breaks. */
export function OpenDataSections({ datasetId, draft }: { datasetId: string; draft: OpenDraft }) {
  return (
    <>
      <section aria-labelledby="draft-observations-heading" className="grid gap-2">
        <h3 id="draft-observations-heading" className="text-base font-semibold">
          Observations of the draft
        </h3>
        <p className={`text-sm ${muted}`}>
          Open data changes through a CSV import (below); each series is replaced as a whole.
        </p>
        <ObservationBrowser
          datasetId={datasetId}
          versionId={draft.id}
          caption={`Observations of draft version ${draft.number}`}
        />
      </section>
      <section aria-labelledby="draft-breaks-heading" className="grid gap-2">
        <h3 id="draft-breaks-heading" className="text-base font-semibold">
          Series breaks
        </h3>
        <BreaksEditor datasetId={datasetId} draft={draft} />
      </section>
    </>
  );
}
