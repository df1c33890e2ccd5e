import { type CompanyPractice, prefillFromPractice } from "@aiml/domain";
import type { FormValues } from "./form-values";

// Loaded when a company with published practices is chosen (see scenario-editor).

export interface PracticeNotice {
  company: string;
  notes: string[];
  sources: CompanyPractice["sources"];
}

/** The form fields a company's published practices fill in, and what to tell the user. */
export function practicePatch(practice: CompanyPractice): {
  patch: Partial<FormValues>;
  notice: PracticeNotice;
} {
  const prefill = prefillFromPractice(practice);
  const patch: Partial<FormValues> = {};
  if (prefill.vestingSchedule) patch.vestingSchedule = prefill.vestingSchedule;
  if (prefill.customVestingPercents) {
    patch.customVestingPercents = prefill.customVestingPercents.join(", ");
  }
  if (prefill.signingSchedule) patch.signingSchedule = prefill.signingSchedule;
  return {
    patch,
    notice: { company: practice.company, notes: prefill.notes, sources: practice.sources },
  };
}

/** What was pre-filled from a company's practices, and from which sources. */
export function PracticeNoticeView({ notice }: { notice: PracticeNotice }) {
  return (
    <div
      role="status"
      className="mt-4 rounded bg-sky-50 p-3 text-sm dark:bg-sky-950"
      data-testid="practice-notice"
    >
      <p>
        Pre-filled from {notice.company}'s published practices (you can change them):{" "}
        {notice.notes.join(" ")}
      </p>
      <ul className="mt-1 text-xs">
        {notice.sources.map((s) => (
          <li key={`${s.label}-${s.publisher}`}>
            Source: {s.label}; {s.publisher}, as of {s.asOf}
            {s.quote ? `: “${s.quote}”` : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}
