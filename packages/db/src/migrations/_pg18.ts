import { startTestServer } from "../testing/test-server.ts";
import { diffMigrationsToSchema } from "./index.ts";

process.on("uncaughtException", (e) => console.log("UNCAUGHT", e));
const server = await startTestServer();
console.log("server", server.serverUrl);
try {
  console.log(
    JSON.stringify(
      await diffMigrationsToSchema({ databaseUrl: server.serverUrl }).catch(
        (e: Error) => `ERR ${e.message}`,
      ),
    ),
  );
  await new Promise((r) => setTimeout(r, 1000));
} finally {
  await server.stop();
}
