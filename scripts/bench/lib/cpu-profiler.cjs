// Preloaded (NODE_OPTIONS=--require) into the app's processes by profile.ts: in the app's server
// (apps/web/src/serving/server.ts) only, the first SIGUSR2 starts the V8 CPU profiler and the second writes the profile to
// $AIML_CPU_PROFILE_DIR. (Node refuses --cpu-prof in NODE_OPTIONS, and a signal keeps start-up
// and warm-up out of the profile.)
const fs = require("node:fs");
const path = require("node:path");
const { Session } = require("node:inspector");

const isAppServer = /web[\\/]src[\\/]serving[\\/]server\.ts$/.test(process.argv[1] ?? "");
const dir = process.env.AIML_CPU_PROFILE_DIR;
if (isAppServer && dir) {
  const session = new Session();
  session.connect();
  let running = false;
  process.on("SIGUSR2", () => {
    if (!running) {
      running = true;
      session.post("Profiler.enable", () => session.post("Profiler.start"));
      return;
    }
    running = false;
    session.post("Profiler.stop", (error, result) => {
      if (error) throw error;
      const file = path.join(dir, `server-${process.pid}.cpuprofile`);
      fs.writeFileSync(`${file}.tmp`, JSON.stringify(result.profile));
      fs.renameSync(`${file}.tmp`, file);
    });
  });
}
