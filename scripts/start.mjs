// The one command that starts the app: install, build, then serve on a migrated, seeded
// database (embedded Postgres unless DATABASE_URL is set) at http://localhost:${PORT:-3000}.
import { pnpmOrExit } from "./pnpm.mjs";

pnpmOrExit(["install", "--frozen-lockfile"]);
pnpmOrExit(["turbo", "run", "build", "--filter=@aiml/web", "--output-logs=errors-only"]);
pnpmOrExit(["--filter", "@aiml/web", "serve"]);
