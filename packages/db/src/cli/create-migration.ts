// Writes a new migration from the changes in prisma/schema.prisma
// (`pnpm db:migration:create <name>`). Needs a Postgres server for a temporary shadow database.
import path from "node:path";
import { databaseUrlSetting } from "../env/settings.ts";
import { startThrowawayServer } from "../lifecycle/throwaway-server.ts";
import { createMigration, repoRoot } from "../migrations/index.ts";

async function main(name: string | undefined, shadowServerUrl: string | undefined): Promise<void> {
  if (!name) {
    console.error("Usage: pnpm db:migration:create <name>   e.g. add_user_phone");
    process.exitCode = 1;
    return;
  }
  // The diff needs a server for a temporary shadow database: DATABASE_URL's, or a throwaway
  // embedded one.
  const throwaway = shadowServerUrl ? undefined : await startThrowawayServer();
  let created: Awaited<ReturnType<typeof createMigration>>;
  try {
    created = await createMigration(name, { databaseUrl: shadowServerUrl ?? throwaway?.serverUrl });
  } finally {
    await throwaway?.stop();
  }
  console.log(`Created ${path.relative(repoRoot, created.path)}:\n`);
  console.log(created.sql);
  console.log("Review it, then apply it with `pnpm db:migrate`.");
}

main(process.argv.slice(2).join(" ") || undefined, databaseUrlSetting()).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
