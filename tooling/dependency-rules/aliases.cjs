// The web app's `~/` path alias (apps/web/tsconfig.json) for dependency-cruiser's resolver;
// no other workspace has one.
const path = require("node:path");

module.exports = {
  resolve: { alias: { "~": path.resolve(__dirname, "../../apps/web/src") } },
};
