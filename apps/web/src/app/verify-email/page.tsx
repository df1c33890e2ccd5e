import type { Metadata } from "next";
import Link from "next/link";
import { safeNext } from "~/components/auth/safe-next";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirm your email" };

type SearchParams = Promise<{
  token?: string | string[];
  status?: string | string[];
  next?: string | string[];
}>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Reached from the mailed link. Confirming is a POST (a button), so a mail scanner that opens
 * links does not confirm an address (and sign in) on its owner's behalf. The first confirmation
 * signs in and goes on to `next`; a link used again only says the address is confirmed.
 */
export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const token = first(params.token);
  const status = first(params.status);
  const next = safeNext(first(params.next));
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Confirm your email</h1>
      {status === "verified" ? (
        <p role="status" data-testid="email-verified" className="max-w-sm text-sm">
          Your email address is confirmed.{" "}
          <Link href="/sign-in" className="underline">
            Sign in
          </Link>{" "}
          to use your account.
        </p>
      ) : status === "invalid" || !token || token.length > 2000 ? (
        <p role="alert" className="max-w-sm text-sm">
          This link has expired or is not valid.{" "}
          <Link href="/sign-in" className="underline">
            Sign in
          </Link>{" "}
          with your email and password to get a new one.
        </p>
      ) : (
        <form method="post" action="/api/verify-email" className="grid max-w-sm gap-4">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="next" value={next} />
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
