import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * The 49,000 most common passwords, from @zxcvbn-ts/language-common (MIT; the list zxcvbn-ts
 * ranks guesses by, drawn from leaked password sets): checked here, on the server, against
 * a Set built once, so none of it reaches the browser.
 */
const commonPasswords = new Set(
  dictionary["passwords-common"].map((password) => password.toLowerCase()),
);

/** Why a new password is refused, or null when it may be used. Lengths are checked apart. */
export function passwordProblem(password: string): string | null {
  if (password.trim() === "") return "The password cannot be only spaces.";
  if (
    commonPasswords.has(password.toLowerCase()) ||
    commonPasswords.has(password.trim().toLowerCase())
  ) {
    return "This password is one of the most common ones, which are tried first: choose another.";
  }
  return null;
}
