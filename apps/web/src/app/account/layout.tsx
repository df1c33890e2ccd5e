import { requireSession } from "~/server/session";
import { TRPCReactProvider } from "~/trpc/react";

export const dynamic = "force-dynamic";

/** The signed-in user's own account; the API checks the session again on every call. */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  await requireSession("/account");
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
