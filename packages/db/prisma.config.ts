import path from "node:path";
import { defineConfig } from "prisma/config";

const root = path.join(import.meta.dirname, "../..");

export default defineConfig({
  schema: path.join(root, "prisma/schema.prisma"),
  migrations: { path: path.join(root, "prisma/migrations") },
});
