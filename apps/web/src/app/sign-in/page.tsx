import type { Metadata } from "next";
import { AuthPage, type AuthSearchParams } from "~/components/auth/auth-page";
import { pageMetadata } from "~/components/page-metadata";

export const dynamic = "force-dynamic";
export const metadata: Metadata = pageMetadata(
  "Sign in",
  "Sign in to keep and compare your offer scenarios.",
);

export default function Page({ searchParams }: { searchParams: AuthSearchParams }) {
  return <AuthPage mode="sign-in" title="Sign in" searchParams={searchParams} />;
}
