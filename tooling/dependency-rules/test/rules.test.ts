// The layer rules fail on a violation: each test plants one in a throwaway copy of the
// workspace layout and runs the same checks `npm test` runs (dependency-cruiser with the
// repository's .dependency-cruiser.cjs, Biome with its biome.json).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const depcruise = path.join(repoRoot, "node_modules/.bin/depcruise");
const biome = path.join(repoRoot, "node_modules/.bin/biome");
const workspaces: string[] = [];

/** A throwaway workspace with these files (paths from its root) and the repository's rules. */
function workspace(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "aiml-layers-"));
  workspaces.push(root);
  const all: Record<string, string> = {
    "packages/domain/package.json": manifest("@aiml/domain", { ".": "./src/index.ts" }),
    "packages/domain/src/index.ts": "export const one = 1;\n",
    "packages/db/package.json": manifest("@aiml/db", { ".": "./src/index.ts" }),
    "packages/db/src/index.ts": "export const db = 1;\n",
    "packages/db/src/internal.ts": "export const internal = 1;\n",
    "apps/web/package.json": manifest("@aiml/web", { "./page": "./src/page.ts" }),
    "apps/web/src/page.ts": "export const page = 1;\n",
    ...files,
  };
  for (const [file, content] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  // Workspace packages resolve by name through node_modules, as pnpm links them.
  for (const [name, dir] of [
    ["@aiml/domain", "packages/domain"],
    ["@aiml/db", "packages/db"],
    ["@aiml/web", "apps/web"],
  ] as const) {
    fs.mkdirSync(path.join(root, "node_modules/@aiml"), { recursive: true });
    fs.symlinkSync(path.join(root, dir), path.join(root, "node_modules", name));
  }
  // A stand-in for zod, the one library the domain may import.
  fs.mkdirSync(path.join(root, "node_modules/zod"), { recursive: true });
  fs.writeFileSync(
    path.join(root, "node_modules/zod/package.json"),
    manifest("zod", { ".": "./index.js" }),
  );
  fs.writeFileSync(path.join(root, "node_modules/zod/index.js"), "export const z = {};\n");
  fs.copyFileSync(
    path.join(repoRoot, ".dependency-cruiser.cjs"),
    path.join(root, ".dependency-cruiser.cjs"),
  );
  fs.mkdirSync(path.join(root, "tooling/dependency-rules"), { recursive: true });
  fs.copyFileSync(
    path.join(import.meta.dirname, "../aliases.cjs"),
    path.join(root, "tooling/dependency-rules/aliases.cjs"),
  );
  return root;
}

function manifest(name: string, exports: Record<string, string>): string {
  return JSON.stringify({ name, type: "module", exports });
}

function cruise(root: string) {
  const result = spawnSync(depcruise, ["apps", "packages", "--output-type", "err"], {
    cwd: root,
    encoding: "utf8",
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

afterAll(() => {
  for (const root of workspaces) fs.rmSync(root, { recursive: true, force: true });
});

describe("dependency rules", () => {
  it("pass on a workspace that keeps them", () => {
    const root = workspace({
      "apps/web/src/uses.ts": 'import { db } from "@aiml/db";\nexport const uses = db;\n',
      "packages/db/src/uses.ts": 'import { one } from "@aiml/domain";\nexport const two = one;\n',
      "packages/domain/src/schema.ts": 'import { z } from "zod";\nexport const s = z.string();\n',
      "packages/api/src/queries/scenario/reads/list.ts": "export const list = () => [];\n",
      "packages/api/src/queries/scenario/writes/save.ts":
        'import { list } from "../reads/list";\nexport const save = () => list();\n',
    });
    const { code, output } = cruise(root);
    expect(output).toContain("no dependency violations found");
    expect(code).toBe(0);
  });

  it.each([
    [
      "packages-not-to-apps",
      { "packages/db/src/bad.ts": 'import { page } from "@aiml/web/page";\n' },
    ],
    [
      "packages-not-to-apps",
      { "packages/db/src/bad.ts": 'import { page } from "../../../apps/web/src/page";\n' },
    ],
    ["domain-is-pure", { "packages/domain/src/bad.ts": 'import fs from "node:fs";\n' }],
    ["domain-is-pure", { "packages/domain/src/bad.ts": 'import { db } from "@aiml/db";\n' }],
    [
      "no-reaching-into-other-packages",
      { "apps/web/src/bad.ts": 'import { internal } from "../../../packages/db/src/internal";\n' },
    ],
    [
      "not-to-unresolvable",
      { "apps/web/src/bad.ts": 'import { internal } from "@aiml/db/src/internal";\n' },
    ],
    [
      "query-reads-not-to-writes",
      {
        "packages/api/src/queries/scenario/writes/save.ts": "export const save = () => 1;\n",
        "packages/api/src/queries/scenario/reads/list.ts":
          'import { save } from "../writes/save";\nexport const list = () => save();\n',
      },
    ],
    [
      "query-reads-not-to-writes",
      {
        "packages/api/src/queries/admin/writes/audit.ts": "export const audit = () => 1;\n",
        "packages/api/src/queries/admin/open-data/reads/breaks.ts":
          'import { audit } from "../../writes/audit";\nexport const breaks = () => audit();\n',
      },
    ],
    [
      "no-circular",
      {
        "packages/db/src/a.ts": 'import { b } from "./b";\nexport const a = () => b;\n',
        "packages/db/src/b.ts": 'import { a } from "./a";\nexport const b = () => a;\n',
      },
    ],
  ])("fail on %s", (rule, files) => {
    const { code, output } = cruise(workspace(files));
    expect(output).toContain(`error ${rule}:`);
    expect(code).not.toBe(0);
  });
});

describe("environment reads", () => {
  /** Biome with the repository's biome.json on one file at `file` in a throwaway copy. */
  function lint(file: string, source: string) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "aiml-env-reads-"));
    workspaces.push(root);
    const config = JSON.parse(fs.readFileSync(path.join(repoRoot, "biome.json"), "utf8"));
    config.$schema = undefined;
    config.vcs = { enabled: false };
    fs.writeFileSync(path.join(root, "biome.json"), JSON.stringify(config));
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), source);
    const result = spawnSync(biome, ["lint", file], { cwd: root, encoding: "utf8" });
    return { code: result.status, output: `${result.stdout}${result.stderr}` };
  }

  it("fail outside the env modules", () => {
    const { code, output } = lint(
      "packages/api/src/planted.ts",
      "export const x = process.env.FOO;\n",
    );
    expect(output).toContain("lint/style/noProcessEnv");
    expect(code).not.toBe(0);
  });

  it("pass in an env module", () => {
    const { code, output } = lint("packages/api/src/env.ts", "export const x = process.env.FOO;\n");
    expect(output).not.toContain("noProcessEnv");
    expect(code).toBe(0);
  });
});
