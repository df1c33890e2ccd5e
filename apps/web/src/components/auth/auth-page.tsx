import Link from "next/link";
import { redirect } from "next/navigation";
import { getSession } from "~/server/session";
import { AuthForm } from "./auth-form";
import { safeNext } from "./safe-next";

export type AuthSearchParams = Promise<{ next?: string | string[] }>;

/** The sign-in and sign-up pages: a signed-in visitor goes straight on to `next`. */
export async function AuthPage({
  mode,
  title,
  searchParams,
}: {
  mode: "sign-in" | "sign-up";
  title: string;
  searchParams: AuthSearchParams;
}) {
  const raw = (await searchParams).next;
  const next = safeNext(Array.isArray(raw) ? raw[0] : raw);
  if (await getSession()) redirect(next);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight">{title}</h1>
      <AuthForm mode={mode} next={next} />
      {mode === "sign-in" && (
        <p className="mt-4 text-sm">
          <Link href="/forgot-password" className="underline">
            Forgot your password?
          </Link>
        </p>
      )}
      <p className="mt-4 text-sm">
        {mode === "sign-up" ? (
          <>
            Have an account?{" "}
            <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="underline">
              Sign in
            </Link>
          </>
        ) : (
          <>
            New here?{" "}
            <Link href={`/sign-up?next=${encodeURIComponent(next)}`} className="underline">
              Create an account
            </Link>
          </>
        )}
      </p>
    </>
  );
}
