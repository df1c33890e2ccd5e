import type { Database } from "@aiml/db";
import { AppError } from "../../../errors";
import { describeDevice } from "./sessions";

export const EXPORT_FORMAT = "aiml-account-export/1";

/**
 * Everything the app holds about the user, as plain JSON: the account, its sign-in methods,
 * sessions, scenarios, the audit entries they made or that concern them, and the dataset
 * versions they created or published. Every column is named (no password hashes, session
 * tokens or two-factor secrets, which are also hidden from this client by default).
 */
export async function exportAccountData(db: Database, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      emailVerified: true,
      image: true,
      role: true,
      twoFactorEnabled: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in first.");
  const [accounts, sessions, scenarios, audit, versions] = await Promise.all([
    db.account.findMany({
      where: { userId },
      select: { providerId: true, createdAt: true, updatedAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.session.findMany({
      where: { userId },
      select: {
        createdAt: true,
        updatedAt: true,
        expiresAt: true,
        ipAddress: true,
        userAgent: true,
      },
      orderBy: { createdAt: "asc" },
    }),
    db.scenario.findMany({
      where: { userId },
      select: {
        id: true,
        name: true,
        inputs: true,
        revision: true,
        createdAt: true,
        updatedAt: true,
      },
      orderBy: { createdAt: "asc" },
    }),
    db.auditLog.findMany({
      where: { OR: [{ actorId: userId }, { entityType: "User", entityId: userId }] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.datasetVersion.findMany({
      where: { OR: [{ createdById: userId }, { publishedById: userId }] },
      select: {
        id: true,
        number: true,
        status: true,
        createdById: true,
        publishedById: true,
        createdAt: true,
        publishedAt: true,
        dataset: { select: { id: true, slug: true, title: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    account: user,
    signInMethods: accounts.map((a) => ({
      method: a.providerId === "credential" ? "email and password" : a.providerId,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    })),
    sessions: sessions.map((s) => ({ ...s, device: describeDevice(s.userAgent) })),
    scenarios,
    auditLog: audit,
    datasetVersions: versions.map(({ createdById, publishedById, ...v }) => ({
      ...v,
      youCreated: createdById === userId,
      youPublished: publishedById === userId,
    })),
  };
}
