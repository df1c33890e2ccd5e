import type { Metadata } from "next";
import { AdminNav } from "~/components/admin/admin-nav";
import { AdminsOnly } from "~/components/admin/admins-only";
import { requireSession } from "~/server/session";
import { TRPCReactProvider } from "~/trpc/react";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Admin" };

/**
 * The admin area: signed-in admins only. This check is for a clear page; the API checks the
 * role again (from the database) on every admin call.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const session = await requireSession("/admin");
  if (session.user.role !== "admin") return <AdminsOnly email={session.user.email} />;
  return (
    <TRPCReactProvider>
      <AdminNav />
      {children}
    </TRPCReactProvider>
  );
}
