"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { post } from "../auth/auth-api";
import { Field } from "../ui/field";
import { alertBox, dangerButton, muted, noteBox, okBox, primaryButton } from "../ui/styles";

type Step =
  | { kind: "idle" }
  | { kind: "scan"; uri: string; svg: string; backupCodes: string[] }
  | { kind: "codes"; backupCodes: string[] };

function BackupCodes({ codes }: { codes: string[] }) {
  return (
    <div className={noteBox}>
      <p className="mb-2 font-medium">Backup codes</p>
      <p className={`mb-2 text-xs ${muted}`}>
        Keep them somewhere safe: each one signs you in once if you lose your phone. They are shown
        only now.
      </p>
      <ul data-testid="backup-codes" className="grid grid-cols-2 gap-1 font-mono text-sm">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </div>
  );
}

/** A password field and a button: the actions below all confirm with the password. */
function PasswordForm({
  label,
  button,
  danger,
  onSubmit,
}: {
  label: string;
  button: string;
  danger?: boolean;
  onSubmit: (password: string) => Promise<string | null>;
}) {
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  return (
    <form
      method="post"
      noValidate
      className="grid max-w-sm gap-3"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const password = String(new FormData(form).get("password") ?? "");
        if (password === "") return setError("Enter your password");
        setPending(true);
        const problem = await onSubmit(password);
        setPending(false);
        setError(problem ?? undefined);
        if (!problem) form.reset();
      }}
    >
      <Field label={label} error={error}>
        {(props) => (
          <input {...props} name="password" type="password" autoComplete="current-password" />
        )}
      </Field>
      <button
        type="submit"
        disabled={pending}
        className={`justify-self-start ${danger ? dangerButton : primaryButton}`}
      >
        {pending ? "Please wait…" : button}
      </button>
    </form>
  );
}

const passwordProblem = (status: number, message?: string) =>
  status === 400 && /password/i.test(message ?? "")
    ? "That password is not right."
    : (message ?? "Something went wrong; try again.");

/** Turn two-factor authentication on (QR code, first code, backup codes) or manage it. */
export function TwoFactorSettings({ enabled, isAdmin }: { enabled: boolean; isAdmin: boolean }) {
  const trpc = useTRPC();
  const qrCode = useMutation(trpc.account.totpQrCode.mutationOptions());
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const [codeError, setCodeError] = useState<string | undefined>();
  const [verifying, setVerifying] = useState(false);

  if (step.kind === "scan") {
    return (
      <div className="grid gap-4">
        <p className="text-sm">
          Scan this code with an authenticator app (Google Authenticator, 1Password, Authy…), then
          enter the 6-digit code it shows.
        </p>
        <div
          data-testid="totp-qr-code"
          className="h-48 w-48 rounded bg-white p-1"
          // The SVG is drawn by the server from the setup URI (qrcode): no script in it.
          dangerouslySetInnerHTML={{ __html: step.svg }}
        />
        <details className="text-sm">
          <summary className="cursor-pointer">Can&apos;t scan? Enter the setup key instead</summary>
          <code
            data-testid="totp-uri"
            className="mt-2 block break-all rounded bg-slate-100 p-2 text-xs dark:bg-slate-800"
          >
            {step.uri}
          </code>
        </details>
        <BackupCodes codes={step.backupCodes} />
        <form
          method="post"
          noValidate
          className="grid max-w-sm gap-3"
          onSubmit={async (event) => {
            event.preventDefault();
            const code = String(new FormData(event.currentTarget).get("code") ?? "").replace(
              /\s+/g,
              "",
            );
            if (!/^\d{6}$/.test(code)) return setCodeError("Enter the 6 digits from the app");
            setVerifying(true);
            const result = await post("/two-factor/verify-totp", { code });
            setVerifying(false);
            if (!result.ok)
              return setCodeError("That code is not right. Check the app and try again.");
            // The session was renewed: reload so every part of the page sees the change.
            window.location.reload();
          }}
        >
          <Field label="Code from the app" error={codeError}>
            {(props) => (
              <input {...props} name="code" inputMode="numeric" autoComplete="one-time-code" />
            )}
          </Field>
          <button
            type="submit"
            disabled={verifying}
            className={`justify-self-start ${primaryButton}`}
          >
            {verifying ? "Please wait…" : "Turn on two-factor authentication"}
          </button>
        </form>
      </div>
    );
  }

  if (!enabled) {
    return (
      <div className="grid gap-3">
        <p className="text-sm">
          Off. With it on, signing in also asks for a code from an app on your phone.
          {isAdmin && " Admins need it to use the admin pages."}
        </p>
        <PasswordForm
          label="Your password"
          button="Set up two-factor authentication"
          onSubmit={async (password) => {
            const result = await post("/two-factor/enable", { password });
            if (!result.ok) return passwordProblem(result.status, result.message);
            const uri = String(result.data?.totpURI ?? "");
            const backupCodes = (result.data?.backupCodes as string[] | undefined) ?? [];
            try {
              const { svg } = await qrCode.mutateAsync({ uri });
              setStep({ kind: "scan", uri, svg, backupCodes });
              return null;
            } catch (error) {
              return error instanceof Error ? error.message : "Could not draw the QR code.";
            }
          }}
        />
      </div>
    );
  }

  return (
    <div className="grid gap-4">
      <p className={okBox} data-testid="two-factor-on">
        On: signing in asks for a code from your authenticator app.
      </p>
      {step.kind === "codes" && <BackupCodes codes={step.backupCodes} />}
      <div>
        <h3 className="mb-2 text-sm font-semibold">New backup codes</h3>
        <p className={`mb-2 text-sm ${muted}`}>
          Replaces every backup code you have with ten new ones.
        </p>
        <PasswordForm
          label="Your password"
          button="Make new backup codes"
          onSubmit={async (password) => {
            const result = await post("/two-factor/generate-backup-codes", { password });
            if (!result.ok) return passwordProblem(result.status, result.message);
            setStep({ kind: "codes", backupCodes: (result.data?.backupCodes as string[]) ?? [] });
            return null;
          }}
        />
      </div>
      <div>
        <h3 className="mb-2 text-sm font-semibold">Turn off</h3>
        {isAdmin && (
          <p className={`mb-2 ${alertBox}`}>
            You are an admin: without two-factor authentication the admin pages refuse you.
          </p>
        )}
        <PasswordForm
          label="Your password (to turn off)"
          button="Turn off two-factor authentication"
          danger
          onSubmit={async (password) => {
            const result = await post("/two-factor/disable", { password });
            if (!result.ok) return passwordProblem(result.status, result.message);
            window.location.reload();
            return null;
          }}
        />
      </div>
    </div>
  );
}
