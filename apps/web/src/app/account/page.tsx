import type { Metadata } from "next";
import { Suspense } from "react";
import { DeleteAccount } from "~/components/account/delete-account";
import { ResendVerification } from "~/components/account/resend-verification";
import { SessionList } from "~/components/account/session-list";
import { TwoFactorSettings } from "~/components/account/two-factor-settings";
import { getRequestCaller } from "~/server/caller";
import { requireSession } from "~/server/session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Your account" };

const section = "rounded-lg border border-slate-200 p-4 dark:border-slate-800";

export default async function AccountPage() {
  // Layouts and pages render in parallel: check here too before querying.
  await requireSession("/account");
  const caller = await getRequestCaller();
  const [account] = await Promise.all([
    caller.account.overview(),
    getQueryClient().prefetchQuery(trpc.account.sessions.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <div className="grid max-w-3xl gap-6">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Your account</h1>

        <section aria-labelledby="email-heading" className={section}>
          <h2 id="email-heading" className="mb-2 text-lg font-semibold">
            Email
          </h2>
          <p className="text-sm">
            <span className="font-medium">{account.email}</span>{" "}
            {account.emailVerified ? (
              <span data-testid="email-status">(confirmed)</span>
            ) : (
              <>
                <span data-testid="email-status">(not confirmed yet)</span>{" "}
                <ResendVerification email={account.email} />
              </>
            )}
          </p>
        </section>

        <section aria-labelledby="two-factor-heading" className={section} id="two-factor">
          <h2 id="two-factor-heading" className="mb-2 text-lg font-semibold">
            Two-factor authentication
          </h2>
          <TwoFactorSettings
            enabled={account.twoFactorEnabled}
            isAdmin={account.role === "admin"}
          />
        </section>

        <section aria-labelledby="sessions-heading" className={section} id="sessions">
          <h2 id="sessions-heading" className="mb-2 text-lg font-semibold">
            Where you are signed in
          </h2>
          <Suspense fallback={<p className="text-sm">Loading sessions…</p>}>
            <SessionList />
          </Suspense>
        </section>

        <section aria-labelledby="data-heading" className={section} id="your-data">
          <h2 id="data-heading" className="mb-2 text-lg font-semibold">
            Your data
          </h2>
          <p className="mb-4 text-sm">
            <a href="/api/account/export" download className="underline">
              Download everything we hold about you (JSON)
            </a>
            : your account, sessions, scenarios and the audit entries that concern you. Never your
            password or tokens.
          </p>
          <h3 className="mb-2 text-sm font-semibold">Delete your account</h3>
          <DeleteAccount />
        </section>
      </div>
    </HydrateClient>
  );
}
