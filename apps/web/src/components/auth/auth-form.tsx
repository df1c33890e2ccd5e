"use client";

import { useState } from "react";
import { Field } from "../ui/field";
import type { CredentialErrors } from "./credentials";

export function AuthForm({ mode, next }: { mode: "sign-in" | "sign-up"; next: string }) {
  const [errors, setErrors] = useState<CredentialErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  /** Sign-up: the address the mail went to. */
  const [mailedTo, setMailedTo] = useState<string | null>(null);
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
    // Loaded on submit: nothing before it needs them, so the page's first load stays small.
    const { checkCredentials, signInWithEmail, signUpWithEmail } = await import("./on-submit");
    const fieldErrors = checkCredentials(mode, values);
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length > 0) return;
    setPending(true);
    const email = values.email.trim();
    const result =
      mode === "sign-up"
        ? await signUpWithEmail(email, values.password, values.name.trim() || email, next)
        : await signInWithEmail(email, values.password, next);
    setPending(false);
    if (!result.ok && result.code === "EMAIL_NOT_VERIFIED") {
      setUnconfirmed(email);
      setFormError("Confirm your email address first: follow the link in the mail we sent you.");
      return;
    }
    if (!result.ok) {
      setFormError(
        result.status === 401
          ? "The email or password is not right."
          : (result.message ?? "Something went wrong; try again."),
      );
      return;
    }
    // The same answer whether or not the address has an account: the mail says which.
    if (mode === "sign-up") {
      setMailedTo(email);
      return;
    }
    // A full load, so that every part of the page (the menu too) renders for the new session.
    // (An account with two-factor authentication goes on to the code page first.)
    window.location.assign(result.next ?? next);
  };

  const resend = async () => {
    if (!unconfirmed) return;
    const { sendVerificationEmail } = await import("./on-submit");
    const result = await sendVerificationEmail(unconfirmed, next);
    if (!result.ok) {
      setFormError(result.message ?? "Something went wrong; try again.");
      return;
    }
    setFormError(null);
    setNotice("We sent a new link. It works for one hour.");
    setUnconfirmed(null);
  };

  if (mailedTo) {
    return (
      <p
        role="status"
        data-testid="check-email"
        className="max-w-sm rounded bg-slate-100 p-3 text-sm dark:bg-slate-800"
      >
        Check your email. We sent a mail to {mailedTo}: follow its link within an hour to confirm
        the address and sign in. If the address already has an account, the mail says how to sign in
        or reset the password instead.
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
