import { TRPCReactProvider } from "~/trpc/react";

export default function CalculatorLayout({ children }: { children: React.ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
