import Link from "next/link";
import { getSession } from "~/server/session";
import { SignOutButton } from "./auth/sign-out-button";

export async function UserMenu() {
  const session = await getSession().catch(() => null);
  return (
    <ul className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-1">
      <li>
        <Link href="/calculator" prefetch={false} className="underline-offset-4 hover:underline">
          Offer calculator
        </Link>
      </li>
      {session ? (
        <>
          <li>
            <Link href="/scenarios" prefetch={false} className="underline-offset-4 hover:underline">
              My scenarios
            </Link>
          </li>
          {session.user.role === "admin" && (
            <li>
              <Link href="/admin" prefetch={false} className="underline-offset-4 hover:underline">
                Admin
              </Link>
            </li>
          )}
          <li data-testid="signed-in-as">
            <Link
              href="/account"
              prefetch={false}
              title="Your account"
              className="text-slate-600 underline-offset-4 hover:underline dark:text-slate-400"
            >
              {session.user.email}
            </Link>
          </li>
          <li>
            <SignOutButton />
          </li>
        </>
      ) : (
        <>
          <li>
            <Link href="/sign-in" prefetch={false} className="underline-offset-4 hover:underline">
              Sign in
            </Link>
          </li>
          <li>
            <Link href="/sign-up" prefetch={false} className="underline-offset-4 hover:underline">
              Sign up
            </Link>
          </li>
        </>
      )}
    </ul>
  );
}
