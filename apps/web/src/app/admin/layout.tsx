import type { Metadata } from "next";
import { AdminNav } from "~/components/admin/admin-nav";
import { AdminsOnly } from "~/components/admin/admins-only";
import { TwoFactorRequired } from "~/components/admin/two-factor-required";
import { requireSession } from "~/server/session";
import { TRPCReactProvider } from "~/trpc/react";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Admin" };

/**
 * The admin area: signed-in admins with two-factor authentication on. This check is for a clear page; the API checks the
 * role again (from the database) on every admin call.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const session = await requireSession("/admin");
  if (session.user.role !== "admin") return <AdminsOnly email={session.user.email} />;
  if (!session.user.twoFactorEnabled) return <TwoFactorRequired />;
  return (
    <TRPCReactProvider>
      <AdminNav />
      {children}
    </TRPCReactProvider>
  );
}
