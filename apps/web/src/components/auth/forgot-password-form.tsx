"use client";

import { useState } from "react";
import { Field } from "../ui/field";
import { requestPasswordReset } from "./auth-api";

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [pending, setPending] = useState(false);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      setError("Enter a valid email address");
      return;
    }
    setError(undefined);
    setFormError(null);
    setPending(true);
    const result = await requestPasswordReset(email);
    setPending(false);
    if (!result.ok) {
      setFormError(result.message ?? "Something went wrong; try again.");
      return;
    }
    setSent(true);
  };

  if (sent) {
    return (
      <p
        role="status"
        data-testid="reset-requested"
        className="max-w-sm rounded bg-slate-100 p-3 text-sm dark:bg-slate-800"
      >
        If an account uses that address, a mail with a link to choose a new password is on its way.
        The link works once, for one hour.
      </p>
    );
  }
  return (
    <form method="post" onSubmit={submit} noValidate className="grid max-w-sm gap-4">
      <Field label="Email" error={error}>
        {(props) => <input {...props} name="email" type="email" autoComplete="email" />}
      </Field>
      {formError && (
        <p
          role="alert"
          className="rounded bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100"
        >
          {formError}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900"
      >
        {pending ? "Please wait…" : "Send me a reset link"}
      </button>
    </form>
  );
}
