"use client";

import Link from "next/link";
import { useState } from "react";
import { Field } from "../ui/field";
import { resetPassword } from "./auth-api";
import { PASSWORD_MAX, PASSWORD_MIN } from "./credentials";

/** Sets a new password with the token from the mailed link; every session ends. */
export function ResetPasswordForm({ token }: { token: string }) {
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    if (password.length < PASSWORD_MIN) return setError(`Use at least ${PASSWORD_MIN} characters`);
    if (password.length > PASSWORD_MAX) return setError(`Use at most ${PASSWORD_MAX} characters`);
    setError(undefined);
    setFormError(null);
    setPending(true);
    const result = await resetPassword(token, password);
    setPending(false);
    if (!result.ok) {
      setFormError(
        result.status === 400 && /token/i.test(result.message ?? "")
          ? "This link has expired or was already used. Ask for a new one."
          : (result.message ?? "Something went wrong; try again."),
      );
      return;
    }
    setDone(true);
  };

  if (done) {
    return (
      <p
        role="status"
        data-testid="password-reset-done"
        className="max-w-sm rounded bg-slate-100 p-3 text-sm dark:bg-slate-800"
      >
        Your password is changed and every session was signed out.{" "}
        <Link href="/sign-in" className="underline">
          Sign in
        </Link>{" "}
        with the new password.
      </p>
    );
  }
  return (
    <form method="post" onSubmit={submit} noValidate className="grid max-w-sm gap-4">
      <Field
        label="New password"
        error={error}
        hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters`}
      >
        {(props) => (
          <input {...props} name="password" type="password" autoComplete="new-password" />
        )}
      </Field>
      {formError && (
        <p
          role="alert"
          data-testid="auth-error"
          className="rounded bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100"
        >
          {formError}{" "}
          <Link href="/forgot-password" className="underline">
            Ask for a new link
          </Link>
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900"
      >
        {pending ? "Please wait…" : "Set new password"}
      </button>
    </form>
  );
}
