"use client";

import type { RouterOutputs } from "@aiml/api";
import { Button } from "../../ui/button";
import { noteBox } from "../../ui/styles";
import { plural } from "../format";
import { ReportView, type ReportViewProps } from "./draft-report";

type Dataset = RouterOutputs["admin"]["datasets"]["get"];

/** What the public pages show while no draft is open, and the button that starts one. */
export function NoDraft({
  dataset,
  busy,
  starting,
  onStart,
  report,
}: {
  dataset: Dataset;
  busy: boolean;
  starting: boolean;
  onStart: () => void;
  report: ReportViewProps;
}) {
  return (
    <div className="grid grid-cols-1 gap-3">
      <p className={noteBox} role="status">
        No draft is open.{" "}
        {dataset.published
          ? `The public pages show version ${dataset.published.number}${dataset.metadata.importFormat ? "" : ` (${plural(dataset.published.dataPointCount, "data point")})`}. Start editing to change it: a draft copies the published rows, and nothing is public until you publish it.`
          : "This dataset has never been published. Start editing to add its rows."}
      </p>
      <div>
        <Button variant="primary" disabled={busy} onClick={onStart}>
          {starting ? "Starting…" : "Start editing"}
        </Button>
      </div>
      <ReportView {...report} />
    </div>
  );
}
