import type { Metadata } from "next";
import Link from "next/link";
import { safeNext } from "~/components/auth/safe-next";
import TwoFactorStep from "~/components/auth/two-factor-step";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Two-factor authentication" };

type SearchParams = Promise<{ next?: string | string[] }>;

/**
 * The second step of a sign-in with two-factor authentication, after the password (whose
 * answer left a short-lived cookie that the code is checked against).
 */
export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).next;
  const next = safeNext(Array.isArray(raw) ? raw[0] : raw);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Two-factor authentication</h1>
      <TwoFactorStep next={next} />
      <p className="mt-4 text-sm">
        <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="underline">
          Start again with your password
        </Link>
      </p>
    </>
  );
}
