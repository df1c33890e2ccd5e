import { developmentOutboxDir } from "@aiml/auth";
import { readOutbox } from "@aiml/auth/outbox";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isProduction } from "~/env";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Outbox (development)", robots: { index: false } };

/** The mail's text with its web links clickable (React escapes the rest). */
function Linked({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="break-all underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

/**
 * The development outbox: the mails a server without SMTP wrote to files (confirmation, reset),
 * newest first. Only `next dev` has this route (next.config.ts reads `.dev.tsx` files in
 * development only); it would hand anyone the links that sign in to every account.
 */
export default async function Page() {
  if (isProduction) notFound();
  const dir = developmentOutboxDir();
  const mails = dir ? await readOutbox(dir) : [];
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold tracking-tight">Outbox (development)</h1>
      <p className="mb-6 text-sm">
        {dir
          ? `The mails the app wrote instead of sending them, newest first, from ${dir}.`
          : "An SMTP server is configured (SMTP_URL or SMTP_HOST): mails are sent, not kept here."}
      </p>
      <ol className="grid gap-4" data-testid="outbox">
        {mails.map((mail) => (
          <li key={mail.file} className="rounded border p-4">
            <h2 className="font-semibold">{mail.subject}</h2>
            <p className="mb-2 text-sm">
              To {mail.to.join(", ")} · {mail.date.toISOString()}
            </p>
            <pre className="whitespace-pre-wrap text-sm">
              <Linked text={mail.text} />
            </pre>
          </li>
        ))}
      </ol>
      {dir && mails.length === 0 && <p className="text-sm">No mails yet.</p>}
    </>
  );
}
