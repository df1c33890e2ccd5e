import { createPrismaClient } from "../client";
import { readDbEnv } from "../env";
import { seedDatabase } from "../seed";

const env = readDbEnv();
if (!env.DATABASE_URL) {
  console.error("DATABASE_URL is not set. `pnpm start` seeds the embedded database by itself.");
  process.exit(1);
}
const db = createPrismaClient(env.DATABASE_URL);
try {
  const report = await seedDatabase(db);
  console.log(
    `Created ${report.documentsCreated} documents and ${report.datasetsCreated.length} datasets ` +
      `(${report.dataPointsCreated} figures, ${report.observationsCreated} open-data observations); ${report.datasetsKept.length} datasets already present.`,
  );
} finally {
  await db.$disconnect();
}
