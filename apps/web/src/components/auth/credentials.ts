// Checked by hand rather than with zod: zod would add ~30 kB to the sign-in pages, and Better
// Auth checks the same rules again on the server (with the common-password list, which stays
// there: packages/auth/src/password-policy.ts).
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
const NAME_MAX = 100;

export interface Credentials {
  name: string;
  email: string;
  password: string;
}

export type CredentialErrors = Partial<Record<keyof Credentials, string>>;

const looksLikeEmail = (email: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);

export function checkCredentials(mode: "sign-in" | "sign-up", values: Credentials) {
  const errors: CredentialErrors = {};
  if (!looksLikeEmail(values.email.trim())) errors.email = "Enter a valid email address";
  if (mode === "sign-in") {
    if (values.password === "") errors.password = "Enter your password";
    return errors;
  }
  if (values.name.trim().length > NAME_MAX) errors.name = `At most ${NAME_MAX} characters`;
  if (values.password.trim() === "") errors.password = "The password cannot be only spaces";
  else if (values.password.length < PASSWORD_MIN)
    errors.password = `Use at least ${PASSWORD_MIN} characters`;
  else if (values.password.length > PASSWORD_MAX)
    errors.password = `Use at most ${PASSWORD_MAX} characters`;
  return errors;
}
