// What the sign-in and sign-up forms need once submitted, loaded then as one chunk (with the
// messages: nothing before a submit shows them, so the page's first load stays small).
import { sendVerificationEmail, signInWithEmail, signUpWithEmail } from "./auth-api";
import { type CredentialErrors, checkCredentials } from "./credentials";

export type SubmitOutcome =
  | { kind: "field-errors"; errors: CredentialErrors }
  | { kind: "error"; message: string; unconfirmed?: string }
  | { kind: "mailed"; message: string }
  | { kind: "go"; to: string };

interface Credentials {
  name: string;
  email: string;
  password: string;
}

export async function submitCredentials(
  mode: "sign-in" | "sign-up",
  values: Credentials,
  next: string,
): Promise<SubmitOutcome> {
  const errors = checkCredentials(mode, values);
  if (Object.keys(errors).length > 0) return { kind: "field-errors", errors };
  const email = values.email.trim();
  const result =
    mode === "sign-up"
      ? await signUpWithEmail(email, values.password, values.name.trim() || email, next)
      : await signInWithEmail(email, values.password, next);
  if (!result.ok && result.code === "EMAIL_NOT_VERIFIED") {
    return {
      kind: "error",
      message: "Confirm your email address first: follow the link in the mail we sent you.",
      unconfirmed: email,
    };
  }
  if (!result.ok) {
    return {
      kind: "error",
      message:
        result.status === 401
          ? "The email or password is not right."
          : (result.message ?? "Something went wrong; try again."),
    };
  }
  // The same answer whether or not the address has an account: the mail says which.
  if (mode === "sign-up") {
    return {
      kind: "mailed",
      message: `Check your email. We sent a mail to ${email}: follow its link within an hour to confirm the address and sign in. If the address already has an account, the mail says how to sign in or reset the password instead.`,
    };
  }
  // (An account with two-factor authentication goes on to the code page first.)
  return { kind: "go", to: result.next ?? next };
}

/** Sends the confirmation link again; the message to show. */
export async function resendConfirmation(email: string, next: string) {
  const result = await sendVerificationEmail(email, next);
  return result.ok
    ? { ok: true, message: "We sent a new link. It works for one hour." }
    : { ok: false, message: result.message ?? "Something went wrong; try again." };
}
