import type { Metadata } from "next";
import { AuthPage, type AuthSearchParams } from "~/components/auth/auth-page";
import { pageMetadata } from "~/components/page-metadata";

export const dynamic = "force-dynamic";
export const metadata: Metadata = pageMetadata(
  "Create an account",
  "Create an account to keep and compare your offer scenarios.",
);

export default function Page({ searchParams }: { searchParams: AuthSearchParams }) {
  return <AuthPage mode="sign-up" title="Create an account" searchParams={searchParams} />;
}
