import { VerifyEmailBanner } from "~/components/account/verify-email-banner";
import { requireSession } from "~/server/session";
import { TRPCReactProvider } from "~/trpc/react";

export const dynamic = "force-dynamic";

/** The signed-in area: a redirect here for comfort; the API enforces ownership for real. */
export default async function ScenariosLayout({ children }: { children: React.ReactNode }) {
  const session = await requireSession("/scenarios");
  return (
    <TRPCReactProvider>
      <VerifyEmailBanner session={session} />
      {children}
    </TRPCReactProvider>
  );
}
