import type { Database } from "@aiml/db";
import Bowser from "bowser";

/** "Chrome 156 on Linux (desktop)", from a user agent; "Unknown device" when there is none. */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return "Unknown device";
  const parsed = Bowser.parse(userAgent);
  const browser = [parsed.browser.name, parsed.browser.version?.split(".")[0]]
    .filter(Boolean)
    .join(" ");
  const os = parsed.os.name;
  const kind = parsed.platform.type;
  if (!browser && !os) return userAgent.slice(0, 80);
  return `${browser || "A browser"}${os ? ` on ${os}` : ""}${kind ? ` (${kind})` : ""}`;
}

/**
 * The user's sessions that have not expired, most recently active first. `lastActive` is when
 * Better Auth last renewed the session, which it does at most once a day.
 */
export async function listSessions(db: Database, userId: string, currentId: string | undefined) {
  const rows = await db.session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    select: {
      id: true,
      userAgent: true,
      ipAddress: true,
      createdAt: true,
      updatedAt: true,
      expiresAt: true,
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
  });
  return rows.map((s) => ({
    id: s.id,
    device: describeDevice(s.userAgent),
    ipAddress: s.ipAddress || null,
    signedInAt: s.createdAt,
    lastActive: s.updatedAt,
    expiresAt: s.expiresAt,
    current: s.id === currentId,
  }));
}
