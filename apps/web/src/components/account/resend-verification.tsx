"use client";

import { useState } from "react";
import { sendVerificationEmail } from "../auth/auth-api";

/** Sends the confirmation mail again. */
export function ResendVerification({ email }: { email: string }) {
  const [state, setState] = useState<"idle" | "pending" | "sent" | "failed">("idle");
  const resend = async () => {
    setState("pending");
    const result = await sendVerificationEmail(email);
    setState(result.ok ? "sent" : "failed");
  };
  if (state === "sent") return <span role="status">Sent: check your inbox.</span>;
  return (
    <>
      <button
        type="button"
        onClick={resend}
        disabled={state === "pending"}
        className="font-medium underline disabled:opacity-60"
      >
        Send the link again
      </button>
      {state === "failed" && <span role="alert"> Could not send it; try again in a minute.</span>}
    </>
  );
}
