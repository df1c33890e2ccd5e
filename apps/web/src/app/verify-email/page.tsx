import type { Metadata } from "next";
import Link from "next/link";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirm your email" };

type SearchParams = Promise<{ token?: string | string[]; status?: string | string[] }>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Reached from the mailed link. Confirming is a POST (a button), so a mail scanner that opens
 * links does not confirm an address on its owner's behalf.
 */
export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const token = first(params.token);
  const status = first(params.status);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Confirm your email</h1>
      {status === "verified" ? (
        <p role="status" data-testid="email-verified" className="max-w-sm text-sm">
          Your email address is confirmed.{" "}
          <Link href="/scenarios" className="underline">
            Go to your scenarios
          </Link>
          .
        </p>
      ) : status === "invalid" || !token || token.length > 2000 ? (
        <p role="alert" className="max-w-sm text-sm">
          This link has expired or is not valid. Sign in and ask for a new one from{" "}
          <Link href="/account" className="underline">
            your account
          </Link>
          .
        </p>
      ) : (
        <form method="post" action="/api/verify-email" className="grid max-w-sm gap-4">
          <input type="hidden" name="token" value={token} />
          <p className="text-sm">Confirm that this email address belongs to you.</p>
          <button
            type="submit"
            className="rounded bg-slate-900 px-4 py-2 text-sm font-medium text-white dark:bg-slate-100 dark:text-slate-900"
          >
            Confirm my email
          </button>
        </form>
      )}
    </>
  );
}
