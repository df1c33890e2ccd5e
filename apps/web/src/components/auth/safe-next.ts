/** Only same-site paths: `next` comes from the URL and must not send users elsewhere. */
export function safeNext(next: string | null | undefined): string {
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
    ? next
    : "/scenarios";
}
