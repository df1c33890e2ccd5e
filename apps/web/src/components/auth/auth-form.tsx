"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { Field } from "../calculator/field";
import { signInWithEmail, signUpWithEmail } from "./auth-api";

const PASSWORD_MIN = 10;
const PASSWORD_MAX = 128;

const signInSchema = z.object({
  name: z.string(),
  email: z.email("Enter a valid email address"),
  password: z.string().min(1, "Enter your password"),
});
const signUpSchema = signInSchema.extend({
  name: z.string().trim().max(100, "At most 100 characters"),
  password: z
    .string()
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`),
});

export function AuthForm({ mode, next }: { mode: "sign-in" | "sign-up"; next: string }) {
  const router = useRouter();
  const [values, setValues] = useState({ name: "", email: "", password: "" });
  const [errors, setErrors] = useState<Partial<Record<keyof typeof values, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const checked = (mode === "sign-up" ? signUpSchema : signInSchema).safeParse(values);
    if (!checked.success) {
      const fieldErrors: typeof errors = {};
      for (const issue of checked.error.issues)
        fieldErrors[issue.path[0] as keyof typeof values] ??= issue.message;
      setErrors(fieldErrors);
      return;
    }
    setErrors({});
    setPending(true);
    const result =
      mode === "sign-up"
        ? await signUpWithEmail(values.email, values.password, values.name || values.email)
        : await signInWithEmail(values.email, values.password);
    setPending(false);
    if (!result.ok) {
      setFormError(
        result.status === 401
          ? "The email or password is not right."
          : (result.message ?? "Something went wrong; try again."),
      );
      return;
    }
    router.push(next);
    router.refresh();
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
      <p className="text-sm">
        {mode === "sign-up" ? (
          <>
            Have an account?{" "}
            <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="underline">
              Sign in
            </Link>
          </>
        ) : (
          <>
            New here?{" "}
            <Link href={`/sign-up?next=${encodeURIComponent(next)}`} className="underline">
              Create an account
            </Link>
          </>
        )}
      </p>
    </form>
  );
}
