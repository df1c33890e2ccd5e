// Layer rules checked by `pnpm check:deps` (a step of `npm test`). See docs/architecture.md.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Import cycles make load order matter and blur which module owns what.",
      from: {},
      to: { circular: true },
    },
    {
      name: "packages-not-to-apps",
      severity: "error",
      comment: "Packages are libraries of the apps: they never import an app.",
      from: { path: "^packages/" },
      to: { path: "^apps/" },
    },
    {
      name: "domain-is-pure",
      severity: "error",
      comment: "packages/domain is pure TypeScript: no I/O, database, framework or other package.",
      from: { path: "^packages/domain/src/" },
      to: { pathNot: ["^packages/domain/src/", "node_modules/zod/"] },
    },
    {
      name: "no-reaching-into-other-packages",
      severity: "error",
      comment:
        "Import another workspace package by its name and one of its package.json exports, never by a relative path into its folder.",
      from: { path: "^(apps|packages|scripts|tooling)/([^/]+)/" },
      to: {
        dependencyTypes: ["local"],
        path: "^(apps|packages|scripts|tests|tooling)/[^/]+/",
        pathNot: "^$1/$2/",
      },
    },
    {
      name: "no-reaching-into-other-packages",
      severity: "error",
      comment:
        "tests/ is one package (its folders are test tiers): it reaches the others through their exports.",
      from: { path: "^tests/" },
      to: { dependencyTypes: ["local"], path: "^(apps|packages|scripts|tooling)/[^/]+/" },
    },
    {
      name: "query-reads-not-to-writes",
      severity: "error",
      comment:
        "Queries are split per domain into reads/ and writes/: a read never imports a write (inserts, updates, deletes, locks, audit entries), so a GET cannot reach one.",
      from: { path: "(^|/)queries/.+/reads/" },
      to: { path: "(^|/)queries/.+/writes/" },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import that resolves to nothing (or to a path not in a package's exports).",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|\\.next|generated|\\.turbo|\\.results)/" },
    tsPreCompilationDeps: true,
    // The web app's `~/` path alias (apps/web/tsconfig.json), in the form the resolver reads.
    webpackConfig: { fileName: "tooling/dependency-rules/aliases.cjs" },
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
      extensions: [".ts", ".tsx", ".mts", ".js", ".mjs", ".cjs", ".d.ts"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
