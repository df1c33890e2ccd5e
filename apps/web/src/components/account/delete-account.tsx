"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { Field } from "../ui/field";
import { dangerButton, muted } from "../ui/styles";

/** Deletes the account for good, once the password confirms it. */
export function DeleteAccount() {
  const trpc = useTRPC();
  const [error, setError] = useState<string | undefined>();
  const remove = useMutation(
    trpc.account.deleteAccount.mutationOptions({
      // The session went with the account: a full load shows the site signed out.
      onSuccess: () => window.location.assign("/"),
      onError: (e) => setError(e.message),
    }),
  );
  return (
    <form
      method="post"
      noValidate
      className="grid max-w-sm gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const password = String(new FormData(event.currentTarget).get("password") ?? "");
        if (password === "") return setError("Enter your password");
        setError(undefined);
        remove.mutate({ password });
      }}
    >
      <p className={`text-sm ${muted}`}>
        Deletes your account, your saved scenarios and every session. This cannot be undone. The
        admin audit log keeps its entries, without your email.
      </p>
      <Field label="Your password (to delete the account)" error={error}>
        {(props) => (
          <input {...props} name="password" type="password" autoComplete="current-password" />
        )}
      </Field>
      <button
        type="submit"
        disabled={remove.isPending}
        className={`justify-self-start ${dangerButton}`}
      >
        {remove.isPending ? "Deleting…" : "Delete my account"}
      </button>
    </form>
  );
}
