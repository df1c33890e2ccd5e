import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "~/components/auth/reset-password-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Choose a new password" };

type SearchParams = Promise<{ token?: string | string[] }>;

/** Reached from the mailed link; the token is checked (once) when the form is sent. */
export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Choose a new password</h1>
      {token && /^[\w-]{8,200}$/.test(token) ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p role="alert" className="max-w-sm text-sm">
          This page needs the link from the password-reset mail.{" "}
          <Link href="/forgot-password" className="underline">
            Ask for a new link
          </Link>
          .
        </p>
      )}
    </>
  );
}
