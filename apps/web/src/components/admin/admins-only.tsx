import Link from "next/link";

/** What a signed-in user who is not an admin sees anywhere under /admin. */
export function AdminsOnly({ email }: { email: string }) {
  return (
    <section aria-labelledby="admins-only-heading" data-testid="admins-only" className="max-w-2xl">
      <h1 id="admins-only-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
        Admins only
      </h1>
      <p className="mt-3">
        This area is where administrators maintain the benchmark data behind the dashboards. You are
        signed in as <span className="font-medium">{email}</span>, which is a regular account, so
        nothing here is shown to you.
      </p>
      <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        If you need access, ask an existing admin to promote your account on the Users page, or ask
        whoever runs the server to run{" "}
        <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">
          pnpm admin:promote {email}
        </code>
        .
      </p>
      <p className="mt-4">
        <Link href="/" className="underline">
          Back to the overview
        </Link>
      </p>
    </section>
  );
}
