// `pnpm admin:promote <email>` / `pnpm admin:demote <email>`: sets an existing account's role.
// Works on DATABASE_URL's server, or on the embedded database whether or not the app is running.
import { createPrismaClient } from "../client";
import { Role } from "../generated/prisma/enums";
import { withAppDatabase } from "../lifecycle/app-database";

const [roleArgument, email] = process.argv.slice(2);
const isRole = (value: string | undefined): value is Role =>
  Object.values<string | undefined>(Role).includes(value);

async function main() {
  const role = roleArgument;
  if (!isRole(role) || !email) {
    console.error("Usage: pnpm admin:promote <email>   or   pnpm admin:demote <email>");
    process.exit(1);
  }
  const code = await withAppDatabase(async (url): Promise<number> => {
    const db = createPrismaClient(url);
    try {
      const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
      if (!user) {
        console.error(
          `No account with the email ${email}. Sign up in the app first, then run this again.`,
        );
        return 1;
      }
      if (role === "user" && user.role === "admin") {
        const admins = await db.user.count({ where: { role: "admin" } });
        if (admins <= 1) {
          console.error(`${email} is the last admin and stays one. Promote another account first.`);
          return 1;
        }
      }
      await db.$transaction([
        db.user.update({ where: { id: user.id }, data: { role } }),
        db.auditLog.create({
          data: {
            action: "user.role",
            entityType: "User",
            entityId: user.id,
            before: { role: user.role },
            after: { role },
            note: "Set from the command line",
          },
        }),
      ]);
      console.log(`${email} is now ${role === "admin" ? "an admin" : "a regular user"}.`);
      return 0;
    } finally {
      await db.$disconnect();
    }
  });
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
