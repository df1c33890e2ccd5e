import type { Metadata } from "next";
import { ResendVerification } from "~/components/account/resend-verification";
import { TwoFactorSettings } from "~/components/account/two-factor-settings";
import { getRequestCaller } from "~/server/caller";
import { requireSession } from "~/server/session";

export const metadata: Metadata = { title: "Your account" };

const section = "rounded-lg border border-slate-200 p-4 dark:border-slate-800";

export default async function AccountPage() {
  // Layouts and pages render in parallel: check here too before querying.
  await requireSession("/account");
  const caller = await getRequestCaller();
  const account = await caller.account.overview();
  return (
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
        <TwoFactorSettings enabled={account.twoFactorEnabled} isAdmin={account.role === "admin"} />
      </section>
    </div>
  );
}
