// The two auth calls the browser makes, as plain requests to Better Auth's endpoints (its
// client library would add ~12 kB to every page for them).

export interface AuthResult {
  ok: boolean;
  status: number;
  message?: string;
}

async function post(path: string, body: unknown): Promise<AuthResult> {
  const response = await fetch(`/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (response.ok) return { ok: true, status: response.status };
  const data = (await response.json().catch(() => ({}))) as { message?: string };
  return { ok: false, status: response.status, message: data.message };
}

export const signInWithEmail = (email: string, password: string) =>
  post("/sign-in/email", { email, password });

/** The name defaults to the email, which may be longer than a name may be (100 characters). */
export const signUpWithEmail = (email: string, password: string, name: string) =>
  post("/sign-up/email", { email, password, name: name.slice(0, 100) });
