"use client";

import { useState } from "react";
import { Field } from "../ui/field";
import { post } from "./auth-api";

/**
 * The second step of a sign-in for an account with two-factor authentication: a code from the
 * authenticator app, or one of the backup codes (each works once).
 */
export default function TwoFactorStep({ next }: { next: string }) {
  const [useBackup, setUseBackup] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "").replace(/\s+/g, "");
    if (code === "") return setError("Enter the code");
    setPending(true);
    const result = await post(
      useBackup ? "/two-factor/verify-backup-code" : "/two-factor/verify-totp",
      {
        code,
      },
    );
    setPending(false);
    if (!result.ok) {
      setError(
        result.status === 401 && /expired|session/i.test(result.message ?? "")
          ? "This sign-in took too long: start again with your password."
          : result.status === 401
            ? "That code is not right. Try again."
            : (result.message ?? "Something went wrong; try again."),
      );
      return;
    }
    window.location.assign(next);
  };

  return (
    <form
      method="post"
      onSubmit={submit}
      noValidate
      className="grid max-w-sm gap-4"
      data-testid="two-factor-step"
    >
      <p className="text-sm">
        {useBackup
          ? "Enter one of the backup codes you saved when you turned on two-factor authentication."
          : "Enter the 6-digit code from your authenticator app."}
      </p>
      <Field label={useBackup ? "Backup code" : "Authentication code"} error={error}>
        {(props) => (
          <input
            {...props}
            key={useBackup ? "backup" : "totp"}
            name="code"
            autoComplete="one-time-code"
            inputMode={useBackup ? "text" : "numeric"}
            // biome-ignore lint/a11y/noAutofocus: the only field of a step the user just reached
            autoFocus
          />
        )}
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900"
      >
        {pending ? "Please wait…" : "Verify"}
      </button>
      <button
        type="button"
        className="justify-self-start text-sm underline"
        onClick={() => {
          setUseBackup(!useBackup);
          setError(undefined);
        }}
      >
        {useBackup ? "Use a code from the app instead" : "Use a backup code instead"}
      </button>
    </form>
  );
}
