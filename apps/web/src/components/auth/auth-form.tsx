"use client";

import { useState } from "react";
import { Field } from "../calculator/field";
import { signInWithEmail, signUpWithEmail } from "./auth-api";
import { type CredentialErrors, checkCredentials } from "./credentials";

export function AuthForm({ mode, next }: { mode: "sign-in" | "sign-up"; next: string }) {
  const [values, setValues] = useState({ name: "", email: "", password: "" });
  const [errors, setErrors] = useState<CredentialErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const fieldErrors = checkCredentials(mode, values);
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length > 0) return;
    setPending(true);
    const email = values.email.trim();
    const result =
      mode === "sign-up"
        ? await signUpWithEmail(email, values.password, values.name.trim() || email)
        : await signInWithEmail(email, values.password);
    setPending(false);
    if (!result.ok) {
      setFormError(
        result.status === 401
          ? "The email or password is not right."
          : (result.message ?? "Something went wrong; try again."),
      );
      return;
    }
    // A full load, so that every part of the page (the menu too) renders for the new session.
    window.location.assign(next);
  };

  const input = (field: keyof typeof values, label: string, type: string, autoComplete: string) => (
    <Field label={label} error={errors[field]}>
      {(props) => (
        <input
          {...props}
          name={field}
          type={type}
          autoComplete={autoComplete}
          value={values[field]}
          onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
        />
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate className="grid max-w-sm gap-4">
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
