import { alertBox, okBox } from "./styles";

/** The outcome of the last action: said politely when it went well, as an alert when not. */
export interface Status {
  kind: "ok" | "error";
  message: string;
}

export function StatusBox({ status, testId }: { status: Status | null; testId?: string }) {
  if (!status) return null;
  const ok = status.kind === "ok";
  return (
    <p role={ok ? "status" : "alert"} data-testid={testId} className={ok ? okBox : alertBox}>
      {status.message}
    </p>
  );
}
