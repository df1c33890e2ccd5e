"use client";

import { useState } from "react";
import { Field } from "../ui/field";
import type { CredentialErrors } from "./credentials";

export function AuthForm({ mode, next }: { mode: "sign-in" | "sign-up"; next: string }) {
  const [errors, setErrors] = useState<CredentialErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  /** Sign-up: what to say once the mail has gone. */
  const [mailed, setMailed] = useState<string | null>(null);
  /** Sign-in: the address whose confirmation link can be sent again. */
  const [unconfirmed, setUnconfirmed] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // Uncontrolled fields, read on submit: the browser keeps what was typed.
  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    setFormError(null);
    setUnconfirmed(null);
    setNotice(null);
    // Loaded on submit: nothing before it needs it, so the page's first load stays small.
    const { submitCredentials } = await import("./on-submit");
    setPending(true);
    const outcome = await submitCredentials(mode, values, next);
    setPending(false);
    setErrors(outcome.kind === "field-errors" ? outcome.errors : {});
    if (outcome.kind === "error") {
      setFormError(outcome.message);
      setUnconfirmed(outcome.unconfirmed ?? null);
    }
    if (outcome.kind === "mailed") setMailed(outcome.message);
    // A full load, so that every part of the page (the menu too) renders for the new session.
    if (outcome.kind === "go") window.location.assign(outcome.to);
  };

  const resend = async () => {
    if (!unconfirmed) return;
    const { resendConfirmation } = await import("./on-submit");
    const result = await resendConfirmation(unconfirmed, next);
    setFormError(result.ok ? null : result.message);
    setNotice(result.ok ? result.message : null);
    if (result.ok) setUnconfirmed(null);
  };

  if (mailed) {
    return (
      <p
        role="status"
        data-testid="check-email"
        className="max-w-sm rounded bg-slate-100 p-3 text-sm dark:bg-slate-800"
      >
        {mailed}
      </p>
    );
  }

  const input = (
    field: keyof CredentialErrors,
    label: string,
    type: string,
    autoComplete: string,
  ) => (
    <Field label={label} error={errors[field]}>
      {(props) => <input {...props} name={field} type={type} autoComplete={autoComplete} />}
    </Field>
  );

  return (
    // POST: a form sent before its script runs must not put the password in the URL.
    <form method="post" onSubmit={submit} noValidate className="grid max-w-sm gap-4">
      {mode === "sign-up" && input("name", "Name (optional)", "text", "name")}
      {input("email", "Email", "email", "email")}
      {input(
        "password",
        "Password",
        "password",
        mode === "sign-up" ? "new-password" : "current-password",
      )}
      {formError && (
        <p
          role="alert"
          data-testid="auth-error"
          className="rounded bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100"
        >
          {formError}
        </p>
      )}
      {notice && (
        <p role="status" data-testid="auth-notice" className="text-sm">
          {notice}
        </p>
      )}
      {unconfirmed && (
        <button type="button" onClick={resend} className="justify-self-start text-sm underline">
          Send the link again
        </button>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900"
      >
        {pending ? "Please wait…" : mode === "sign-up" ? "Create account" : "Sign in"}
      </button>
    </form>
  );
}
