import { ADMIN_NEEDS_TWO_FACTOR } from "@aiml/api";
import Link from "next/link";

/** What an admin without two-factor authentication sees anywhere under /admin. */
export function TwoFactorRequired() {
  return (
    <section
      aria-labelledby="two-factor-required-heading"
      data-testid="admin-needs-two-factor"
      className="max-w-2xl"
    >
      <h1
        id="two-factor-required-heading"
        className="text-2xl font-bold tracking-tight sm:text-3xl"
      >
        Turn on two-factor authentication
      </h1>
      <p className="mt-3">{ADMIN_NEEDS_TWO_FACTOR}</p>
      <p className="mt-4">
        <Link href="/account#two-factor" className="underline">
          Set it up on your account page
        </Link>
      </p>
    </section>
  );
}
