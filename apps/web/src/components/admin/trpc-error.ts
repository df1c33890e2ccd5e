/** What the admin pages need from a failed call: the tRPC code, the message and its extras. */
export interface ApiProblem {
  code: string | null;
  message: string;
  /** Field messages from a rejected input (zod, flattened). */
  fieldErrors: Record<string, string[] | undefined>;
  formErrors: string[];
  /** Extra data for some errors, e.g. a draft conflict's rows. */
  details: unknown;
}

interface ErrorData {
  code?: string;
  zodError?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> } | null;
  details?: unknown;
}

export function apiProblem(error: unknown, fallback = "Something went wrong."): ApiProblem {
  const data = (error as { data?: ErrorData } | null)?.data;
  const zod = data?.zodError;
  const zodMessages = zod
    ? [
        ...(zod.formErrors ?? []),
        ...Object.entries(zod.fieldErrors ?? {}).flatMap(([field, messages]) =>
          (messages ?? []).map((m) => `${field}: ${m}`),
        ),
      ]
    : [];
  // A rejected input's own message is zod's JSON: say it in words instead.
  const message =
    zodMessages.length > 0
      ? `The server did not accept the input. ${zodMessages.join("; ")}`
      : error instanceof Error && error.message
        ? error.message
        : fallback;
  return {
    code: data?.code ?? null,
    message,
    fieldErrors: data?.zodError?.fieldErrors ?? {},
    formErrors: data?.zodError?.formErrors ?? [],
    details: data?.details ?? null,
  };
}
