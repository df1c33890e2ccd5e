import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "~/components/auth/auth-form";
import { safeNext } from "~/components/auth/safe-next";
import { getSession } from "~/server/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const raw = (await searchParams).next;
  const next = safeNext(Array.isArray(raw) ? raw[0] : raw);
  if (await getSession()) redirect(next);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">Sign in</h1>
      <AuthForm mode="sign-in" next={next} />
    </>
  );
}
