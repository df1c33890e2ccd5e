import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "~/components/auth/forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password" };

export default function Page() {
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Forgot your password</h1>
      <p className="mb-4 max-w-sm text-sm text-slate-700 dark:text-slate-300">
        Enter your account&apos;s email and we will mail you a link to choose a new one.
      </p>
      <ForgotPasswordForm />
      <p className="mt-4 text-sm">
        Remembered it?{" "}
        <Link href="/sign-in" className="underline">
          Sign in
        </Link>
      </p>
    </>
  );
}
