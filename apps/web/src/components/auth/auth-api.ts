// The auth calls the browser makes, as plain requests to Better Auth's endpoints (its
// client library would add ~12 kB to every page for them).

export interface AuthResult {
  ok: boolean;
  status: number;
  message?: string;
  /** Better Auth's code for a refusal, e.g. EMAIL_NOT_VERIFIED. */
  code?: string;
  /** The answer's JSON (on success), e.g. `twoFactorRedirect` or the backup codes. */
  data?: Record<string, unknown>;
  /** Where to go instead of the page asked for (a sign-in's second step). */
  next?: string;
}

export async function post(path: string, body: unknown): Promise<AuthResult> {
  const response = await fetch(`/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (response.ok) {
    const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    return { ok: true, status: response.status, data };
  }
  const data = (await response.json().catch(() => ({}))) as { message?: string; code?: string };
  return { ok: false, status: response.status, message: data.message, code: data.code };
}

/** A sign-in; an account with two-factor authentication continues on the code page. */
export async function signInWithEmail(email: string, password: string, next: string) {
  const result = await post("/sign-in/email", { email, password });
  if (result.data?.twoFactorRedirect) {
    result.next = `/sign-in/two-factor?next=${encodeURIComponent(next)}`;
  }
  return result;
}

/**
 * Answers the same whether or not the email is taken: the mail tells which. The confirmation
 * link it carries signs in and goes on to `next`. The name defaults to the email, which may be
 * longer than a name may be (100 characters).
 */
export const signUpWithEmail = (email: string, password: string, name: string, next: string) =>
  post("/sign-up/email", { email, password, name: name.slice(0, 100), callbackURL: next });

/** Always answers the same, registered or not; a mail goes out only to a registered address. */
export const requestPasswordReset = (email: string) => post("/request-password-reset", { email });

export const resetPassword = (token: string, newPassword: string) =>
  post("/reset-password", { token, newPassword });

export const sendVerificationEmail = (email: string, next = "/scenarios") =>
  post("/send-verification-email", { email, callbackURL: next });
