/** A plain form: signing out needs no JavaScript, and the server ends the session. */
export function SignOutButton() {
  return (
    <form method="post" action="/api/sign-out">
      <button type="submit" className="underline-offset-4 hover:underline">
        Sign out
      </button>
    </form>
  );
}
